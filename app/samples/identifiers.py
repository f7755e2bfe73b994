"""Seeded generators for valid Dutch and EU business identifiers used in the demo data.

Every function takes a :class:`random.Random` so callers derive identifiers deterministically from
a stable key (``random.Random("ff-sample:<key>")``). The numbers pass python-stdnum's checks:
KvK (8 digits), Dutch VAT ids (old 11-proof RSIN style and the post-2020 mod-97 style), Belgian
and German VAT ids, and IBANs (NL with an 11-proof account number, BE with its BBAN check, DE).
They are fictional: any match with a real registration is a coincidence.
"""

from __future__ import annotations

import random

from stdnum import iban as std_iban
from stdnum import luhn
from stdnum.de import vat as de_vat
from stdnum.gb import vat as gb_vat
from stdnum.nl import btw as nl_btw

NL_BANKS = ("INGB", "RABO", "ABNA", "KNAB", "BUNQ", "TRIO", "SNSB")
BE_BANK_CODES = (
    "001",
    "068",
    "363",
    "735",
    "143",
)  # BNP Paribas Fortis, Belfius, ING, KBC, Argenta
DE_BANK_CODES = ("37040044", "10070000", "50010517", "20041111", "70150000")


def digits(rng: random.Random, count: int, *, first_nonzero: bool = False) -> str:
    out = [str(rng.randrange(10)) for _ in range(count)]
    if first_nonzero and out and out[0] == "0":
        out[0] = str(rng.randrange(1, 10))
    return "".join(out)


def kvk_number(rng: random.Random) -> str:
    """An 8-digit Chamber of Commerce number (new numbers start with 5-9)."""
    return str(rng.randrange(5, 10)) + digits(rng, 7)


def rsin(rng: random.Random) -> str:
    """A 9-digit fiscal number (RSIN) that passes the 11-proof."""
    while True:
        head = "8" + digits(rng, 7)
        total = sum((9 - i) * int(d) for i, d in enumerate(head))
        check = total % 11
        if check < 10:
            return head + str(check)


def nl_vat_number(rng: random.Random, *, sole_trader: bool = False) -> str:
    """A Dutch VAT id: ``NL`` + RSIN + ``B01`` for companies, mod-97 style for sole traders."""
    if not sole_trader:
        number = f"NL{rsin(rng)}B01"
    else:
        while True:
            body = digits(rng, 9, first_nonzero=True)
            for suffix in range(2, 100):
                candidate = f"NL{body}B{suffix:02d}"
                if nl_btw.is_valid(candidate):
                    number = candidate
                    break
            else:
                continue
            break
    assert nl_btw.is_valid(number), number
    return number


def be_vat_number(rng: random.Random) -> str:
    """A Belgian VAT id ``BE0`` + 7 digits + 2 mod-97 check digits."""
    body = "0" + str(rng.randrange(2, 10)) + digits(rng, 6)
    check = 97 - int(body) % 97
    return f"BE{body}{check:02d}"


def _until_valid(rng: random.Random, prefix: str, is_valid) -> str:
    """``prefix`` + 9 random digits, drawn again until python-stdnum's check accepts it."""
    while True:
        candidate = prefix + digits(rng, 9, first_nonzero=True)
        if is_valid(candidate):
            return candidate


def de_vat_number(rng: random.Random) -> str:
    """A German USt-IdNr ``DE`` + 9 digits (ISO 7064 mod 11,10)."""
    return _until_valid(rng, "DE", de_vat.is_valid)


def _with_check_digits(country: str, bban: str) -> str:
    check = std_iban.calc_check_digits(f"{country}00{bban}")
    return f"{country}{check}{bban}"


def nl_account_number(rng: random.Random) -> str:
    """A 10-digit Dutch account number passing the classic 11-proof (weights 10..1)."""
    while True:
        head = "0" + digits(rng, 8, first_nonzero=True)
        total = sum((10 - i) * int(d) for i, d in enumerate(head))
        last = (-total) % 11
        if last < 10:
            return head + str(last)


def nl_iban(rng: random.Random, bank: str | None = None) -> str:
    bank = bank or rng.choice(NL_BANKS)
    return _with_check_digits("NL", bank + nl_account_number(rng))


def be_iban(rng: random.Random) -> str:
    first10 = rng.choice(BE_BANK_CODES) + digits(rng, 7)
    check = int(first10) % 97 or 97
    return _with_check_digits("BE", f"{first10}{check:02d}")


def de_iban(rng: random.Random) -> str:
    return _with_check_digits("DE", rng.choice(DE_BANK_CODES) + digits(rng, 10, first_nonzero=True))


def fr_vat_number(rng: random.Random) -> str:
    """A French TVA number ``FR`` + 2 check digits + 9-digit SIREN (Luhn)."""
    while True:
        siren = digits(rng, 9, first_nonzero=True)
        if luhn.is_valid(siren):
            return f"FR{(12 + 3 * (int(siren) % 97)) % 97:02d}{siren}"


def gb_vat_number(rng: random.Random) -> str:
    """A British VAT registration number ``GB`` + 9 digits (weighted mod-97 check)."""
    return _until_valid(rng, "GB", gb_vat.is_valid)


def fr_iban(rng: random.Random) -> str:
    bank, branch, account = digits(rng, 5, first_nonzero=True), digits(rng, 5), digits(rng, 11)
    key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97
    return _with_check_digits("FR", f"{bank}{branch}{account}{key:02d}")


def gb_iban(rng: random.Random) -> str:
    return _with_check_digits("GB", rng.choice(("BARC", "LOYD", "NWBK", "HBUK")) + digits(rng, 14))


def vat_number_for(country: str, rng: random.Random, *, sole_trader: bool = False) -> str:
    if country == "NL":
        return nl_vat_number(rng, sole_trader=sole_trader)
    if country == "BE":
        return be_vat_number(rng)
    if country == "DE":
        return de_vat_number(rng)
    if country == "FR":
        return fr_vat_number(rng)
    if country == "GB":
        return gb_vat_number(rng)
    raise ValueError(f"no VAT generator for {country}")


def iban_for(country: str, rng: random.Random, bank: str | None = None) -> str:
    if country == "NL":
        return nl_iban(rng, bank)
    if country == "BE":
        return be_iban(rng)
    if country == "DE":
        return de_iban(rng)
    if country == "FR":
        return fr_iban(rng)
    if country == "GB":
        return gb_iban(rng)
    raise ValueError(f"no IBAN generator for {country}")


def format_iban(number: str) -> str:
    """``NL91ABNA0417164300`` → ``NL91 ABNA 0417 1643 00``."""
    return std_iban.format(number)
