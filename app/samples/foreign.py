"""Foreign suppliers that charge their own country's VAT, for invoices beyond the Netherlands.

A Dutch office also books invoices of a German hotel (7 % on the room, 19 % on breakfast), a
Belgian trade fair (21 %, catering 6 %), a French hotel (10 %, parking 20 %), an Austrian seminar
organiser (20 %, room 13 %) and a British software shop (UK VAT 20 %). These relations are not
part of the demo administrations (their master data stays as it is); the benchmark and tests pass
them to :func:`app.samples.generator.generate_invoice` as ``supplier``. Each article carries the
rate its country charges, see :data:`LINE_RATES`.
"""

from __future__ import annotations

import random
from decimal import Decimal
from functools import cache

from app.samples import identifiers
from app.samples.records import DemoRelation

# key, name, country, address, postcode, city, domain, articles (code, description, price, rate)
_SPECS: tuple[tuple[str, str, str, str, str, str, str, tuple[tuple[str, str, str, str], ...]], ...] = (
    ("hotelamdom", "Hotel Am Dom GmbH", "DE", "Domkloster 4", "50667", "Köln", "hotel-am-dom.de",
     (("UEB", "Overnight stay single room", "129.00", "7"),
      ("FRU", "Breakfast buffet", "24.00", "19"),
      ("PARK", "Parking garage per day", "18.00", "19"))),
    ("expoflandres", "Expo Flandres NV", "BE", "Maaltekouter 1", "9051", "Gent", "expoflandres.be",
     (("STAND", "Exhibition stand 12 m2", "1850.00", "21"),
      ("CAT", "Catering package exhibitors", "45.00", "6"),
      ("ELEC", "Power connection 3 kW", "165.00", "21"))),
    ("hotelrivegauche", "Hôtel Rive Gauche SARL", "FR", "12 Rue de Seine", "75006", "Paris",
     "hotel-rivegauche.fr",
     (("NUIT", "Hotel room night", "185.00", "10"),
      ("PDJ", "Breakfast", "19.50", "10"),
      ("PARK", "Parking", "32.00", "20"))),
    ("seminarwien", "Seminarhaus Wienerwald GmbH", "AT", "Hauptstraße 88", "3002",
     "Purkersdorf", "seminarhaus-wienerwald.at",
     (("SEM", "Seminar fee per participant", "395.00", "20"),
      ("ZIM", "Room with breakfast", "112.00", "13"))),
    ("thamessoft", "Thames Software Ltd", "GB", "22 Bankside", "SE1 9TG", "London",
     "thamessoftware.co.uk",
     (("LIC", "Annual licence Thames Planner", "480.00", "20"),
      ("TRN", "Online training session", "150.00", "20"))),
)  # fmt: skip

_AT_UID = "ATU"


def _vat_id(country: str, rng: random.Random) -> str:
    if country == "AT":
        from stdnum.at import uid

        while True:
            candidate = _AT_UID + identifiers.digits(rng, 8, first_nonzero=True)
            if uid.is_valid(candidate):
                return candidate
    return identifiers.vat_number_for(country, rng)


def _iban(country: str, rng: random.Random) -> str:
    if country == "AT":
        return identifiers._with_check_digits("AT", identifiers.digits(rng, 16, first_nonzero=True))
    return identifiers.iban_for(country, rng)


@cache
def foreign_suppliers() -> tuple[DemoRelation, ...]:
    out = []
    for key, name, country, address, postcode, city, domain, articles in _SPECS:
        rng = random.Random(f"foreign-supplier:{key}")
        out.append(
            DemoRelation(
                code=key.upper()[:8],
                name=name,
                type="supplier",
                country=country,
                kvk=None,
                vat_number=_vat_id(country, rng),
                iban=_iban(country, rng),
                address=address,
                postcode=postcode,
                city=city,
                email="invoices@" + domain,
                default_gl="4500",
                default_vat=articles[0][3],
                articles=tuple((c, d, Decimal(p)) for c, d, p, _ in articles),
                website="www." + domain,
                phone="",
                category="travel",
                lang="en",
            )  # fmt: skip
        )
    return tuple(out)


LINE_RATES: dict[str, Decimal] = {d: Decimal(r) for spec in _SPECS for _c, d, _p, r in spec[7]}
"""The VAT rate each foreign article is charged at, by description."""
