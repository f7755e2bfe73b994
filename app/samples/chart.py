"""Charts of accounts, VAT codes and journals for the demo administrations.

A Dutch SME chart with RGS-style 4-digit numbering (0xxx fixed assets and equity, 1xxx liquid
assets, receivables, VAT and payables, 4xxx costs, 7xxx cost of sales, 8xxx revenue) shared by all
three demo companies, plus a few branch-specific accounts (bakery, installer, physiotherapy). VAT
codes cover purchase and sales at 21/9/0 %, exempt, reverse charge, ICP and export, plus the
historical 6 % low rate (valid until 2018-12-31). Journal codes follow each package's habits.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from app.samples.records import GLAccount, JournalDef, VatCodeDef

B, PL = "balance", "profit_loss"

_COMMON: tuple[tuple[str, str, str, str], ...] = (
    ("0100", "Bedrijfsgebouwen", B, "BMvaBegBeg"),
    ("0110", "Afschrijving bedrijfsgebouwen", B, "BMvaBegCae"),
    ("0200", "Inventaris", B, "BMvaBeiInv"),
    ("0210", "Afschrijving inventaris", B, "BMvaBeiCae"),
    ("0300", "Machines en installaties", B, "BMvaMeiMei"),
    ("0400", "Vervoermiddelen", B, "BMvaVvmVvm"),
    ("0500", "Geplaatst kapitaal", B, "BEivGokGea"),
    ("0600", "Overige reserves", B, "BEivOreOre"),
    ("0700", "Lening o/g bank", B, "BLasLeoLeo"),
    ("1000", "Kas", B, "BLimKasKas"),
    ("1100", "Bank", B, "BLimBanRba"),
    ("1150", "Spaarrekening", B, "BLimBanSpa"),
    ("1300", "Debiteuren", B, "BVorDebHad"),
    ("1350", "Vooruitbetaalde kosten", B, "BVorOvrVob"),
    ("1500", "Te betalen btw hoog", B, "BSchBepBtwAfh"),
    ("1510", "Te betalen btw laag", B, "BSchBepBtwAfl"),
    ("1520", "Voorbelasting", B, "BSchBepBtwVoo"),
    ("1530", "Btw verlegd", B, "BSchBepBtwVer"),
    ("1540", "Btw intracommunautaire verwervingen", B, "BSchBepBtwIcv"),
    ("1590", "Btw rekening-courant", B, "BSchBepBtwAfd"),
    ("1600", "Crediteuren", B, "BSchCreHac"),
    ("1700", "Af te dragen loonheffing", B, "BSchBepLhe"),
    ("1800", "Nog te ontvangen facturen", B, "BSchOvsNtf"),
    ("1900", "Kruisposten", B, "BLimKruSto"),
    ("1990", "Vraagposten", B, "BLimKruVrp"),
    ("4000", "Lonen en salarissen", PL, "WPerLesLon"),
    ("4010", "Sociale lasten", PL, "WPerSocSoc"),
    ("4050", "Uitzendkrachten en inhuur", PL, "WPerLesInh"),
    ("4100", "Huur", PL, "WBedHuiHur"),
    ("4110", "Onderhoud gebouw", PL, "WBedHuiOng"),
    ("4120", "Schoonmaakkosten", PL, "WBedHuiSck"),
    ("4200", "Energie", PL, "WBedHuiGwe"),
    ("4210", "Water", PL, "WBedHuiWat"),
    ("4300", "Kantoorkosten", PL, "WBedKanKan"),
    ("4310", "Telefoon en internet", PL, "WBedKanTel"),
    ("4320", "Software en licenties", PL, "WBedKanSof"),
    ("4330", "Porti en verzendkosten", PL, "WBedKanPor"),
    ("4340", "Drukwerk", PL, "WBedKanDru"),
    ("4400", "Reclame en advertenties", PL, "WBedVkkRea"),
    ("4500", "Autokosten", PL, "WBedAutOak"),
    ("4510", "Brandstof", PL, "WBedAutBra"),
    ("4520", "Leasekosten auto's", PL, "WBedAutLea"),
    ("4530", "Onderhoud auto's", PL, "WBedAutOra"),
    ("4600", "Verzekeringen", PL, "WBedAlkVez"),
    ("4700", "Accountantskosten", PL, "WBedAlkAkl"),
    ("4710", "Advieskosten", PL, "WBedAlkAdv"),
    ("4720", "Salarisadministratie", PL, "WBedAlkSal"),
    ("4750", "Arbodienst en verzuim", PL, "WPerSocArb"),
    ("4800", "Afschrijving inventaris", PL, "WAfsMvaInv"),
    ("4900", "Bankkosten", PL, "WFbeBanBan"),
    ("4910", "Rentelasten", PL, "WFbeRenRen"),
    ("4950", "Overige algemene kosten", PL, "WBedAlkOal"),
    ("4960", "Kantinekosten", PL, "WBedAlkKan"),
    ("4970", "Afvalverwerking", PL, "WBedAlkAfv"),
    ("4980", "Bedrijfskleding", PL, "WPerLesBkl"),
    ("7000", "Inkoopwaarde omzet", PL, "WKprInkInk"),
    ("8000", "Omzet hoog", PL, "WOmzNopOlh"),
    ("8100", "Omzet laag", PL, "WOmzNopOll"),
    ("8200", "Omzet nul / vrijgesteld", PL, "WOmzNopOvr"),
    ("8300", "Omzet binnen de EU", PL, "WOmzNopOic"),
    ("8400", "Omzet buiten de EU", PL, "WOmzNopOex"),
)

_BRANCH: dict[str, tuple[tuple[str, str, str, str], ...]] = {
    "bakery": (
        ("0310", "Ovens en bakkerijmachines", B, "BMvaMeiBak"),
        ("3000", "Voorraad grondstoffen", B, "BVrdGrsGrs"),
        ("4250", "Onderhoud ovens en machines", PL, "WBedHuiOnm"),
        ("7100", "Inkoop grondstoffen", PL, "WKprInkGrs"),
        ("7110", "Inkoop verpakkingsmateriaal", PL, "WKprInkVpm"),
        ("7120", "Inkoop handelsgoederen", PL, "WKprInkHan"),
        ("8010", "Omzet winkel", PL, "WOmzNopOwi"),
        ("8110", "Omzet horeca en zakelijk", PL, "WOmzNopOzk"),
    ),
    "installer": (
        ("0320", "Gereedschappen", B, "BMvaBeiGer"),
        ("0410", "Bedrijfsbussen", B, "BMvaVvmBus"),
        ("1110", "G-rekening", B, "BLimBanGre"),
        ("3100", "Onderhanden werk", B, "BVrdOhwOhw"),
        ("4560", "Klein gereedschap", PL, "WBedAlkKlg"),
        ("4570", "Huur steigers en materieel", PL, "WBedHuiHma"),
        ("7200", "Inkoop materialen", PL, "WKprInkMat"),
        ("7300", "Onderaanneming", PL, "WKprInkOaa"),
        ("8500", "Omzet verlegd", PL, "WOmzNopOvl"),
        ("8510", "Omzet onderhoudscontracten", PL, "WOmzNopOoc"),
    ),
    "physio": (
        ("0330", "Behandelapparatuur", B, "BMvaMeiBeh"),
        ("4350", "Vakliteratuur en scholing", PL, "WPerLesSch"),
        ("4360", "Praktijkbenodigdheden", PL, "WBedAlkPrb"),
        ("4370", "Waskosten linnen", PL, "WBedHuiWas"),
        ("4380", "Beroepsvereniging en registers", PL, "WBedAlkCon"),
        ("8600", "Omzet zorgverzekeraars", PL, "WOmzNopOzv"),
        ("8610", "Omzet particulieren", PL, "WOmzNopOpa"),
        ("8620", "Omzet bedrijfsfysiotherapie", PL, "WOmzNopObf"),
    ),
}


def gl_accounts(branch: str) -> tuple[GLAccount, ...]:
    rows = sorted(_COMMON + _BRANCH[branch])
    return tuple(GLAccount(number, name, kind, rgs) for number, name, kind, rgs in rows)


_LOW_6_END = date(2018, 12, 31)
_LOW_9_START = date(2019, 1, 1)


def vat_codes() -> tuple[VatCodeDef, ...]:
    d = Decimal
    return (
        VatCodeDef("IH", "Inkoop btw hoog 21%", d("21"), "high", "purchase"),
        VatCodeDef("IL", "Inkoop btw laag 9%", d("9"), "low", "purchase", _LOW_9_START),
        VatCodeDef("IL6", "Inkoop btw laag 6%", d("6"), "low", "purchase", None, _LOW_6_END),
        VatCodeDef("IN", "Inkoop btw 0%", d("0"), "zero", "purchase"),
        VatCodeDef("IV", "Inkoop vrijgesteld van btw", d("0"), "exempt", "purchase"),
        VatCodeDef("IVL", "Inkoop btw verlegd 21%", d("21"), "reverse_charge", "purchase"),
        VatCodeDef("IEU", "Inkoop binnen de EU 21%", d("21"), "icp", "purchase"),
        VatCodeDef("IIM", "Invoer buiten de EU", d("21"), "export", "purchase"),
        VatCodeDef("VH", "Verkoop btw hoog 21%", d("21"), "high", "sales"),
        VatCodeDef("VL", "Verkoop btw laag 9%", d("9"), "low", "sales", _LOW_9_START),
        VatCodeDef("VL6", "Verkoop btw laag 6%", d("6"), "low", "sales", None, _LOW_6_END),
        VatCodeDef("VN", "Verkoop btw 0%", d("0"), "zero", "sales"),
        VatCodeDef("VV", "Verkoop vrijgesteld van btw", d("0"), "exempt", "sales"),
        VatCodeDef("VVL", "Verkoop btw verlegd", d("0"), "reverse_charge", "sales"),
        VatCodeDef("VEU", "Verkoop binnen de EU (ICP)", d("0"), "icp", "sales"),
        VatCodeDef("VEX", "Verkoop buiten de EU (export)", d("0"), "export", "sales"),
    )


def journals(package: str) -> tuple[JournalDef, ...]:
    if package == "twinfield":
        return (
            JournalDef("INK", "Inkoopfacturen", "purchase"),
            JournalDef("VRK", "Verkoopfacturen", "sales"),
            JournalDef("BNK", "ING Bank", "bank"),
            JournalDef("BNKG", "G-rekening", "bank"),
            JournalDef("MEMO", "Memoriaal", "general"),
        )
    return (
        JournalDef("60", "Inkoopboek", "purchase"),
        JournalDef("70", "Verkoopboek", "sales"),
        JournalDef("20", "Bank", "bank"),
        JournalDef("10", "Kas", "bank"),
        JournalDef("90", "Memoriaal", "general"),
    )


def periods() -> tuple[tuple[int, int, bool], ...]:
    """2025 fully closed; 2026 periods 1-9 closed, 10-12 open."""
    rows = [(2025, p, True) for p in range(1, 13)]
    rows += [(2026, p, p <= 9) for p in range(1, 13)]
    return tuple(rows)
