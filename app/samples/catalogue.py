"""The fictional suppliers that every demo administration deals with, as compact specs.

A :class:`RelationSpec` holds what a person would type (name, address, what they sell); the
identifiers (KvK, VAT id, IBAN, G-rekening) are derived from the spec's key by
:mod:`app.samples.office`, so the same supplier carries the same numbers in every administration.
Branch-specific suppliers and the customers live in :mod:`app.samples.catalogue_branch`.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class RelationSpec:
    key: str
    name: str
    country: str
    address: str
    postcode: str
    city: str
    domain: str
    category: str
    default_gl: str
    default_vat: str
    articles: tuple[tuple[str, str, str], ...]
    flags: str = ""  # "g": has a G-rekening, "zzp": sole trader VAT id, "en": writes in English
    type: str = "supplier"
    bank: str | None = None


S = RelationSpec

# fmt: off
COMMON_SUPPLIERS: tuple[RelationSpec, ...] = (
    S("polderstroom", "Polderstroom Energie B.V.", "NL", "Energieweg 8", "3542 DZ", "Utrecht",
      "polderstroom.nl", "energy", "4200", "21",
      (("E-NT", "Levering elektriciteit normaaltarief (kWh)", "0.2461"),
       ("E-DT", "Levering elektriciteit daltarief (kWh)", "0.2189"),
       ("G-LV", "Levering gas (m3)", "1.3150"),
       ("VASTR", "Vastrecht per maand", "6.95"),
       ("NETB", "Netbeheerkosten per maand", "39.42"))),
    S("netlijn", "NetLijn Telecom B.V.", "NL", "Koperslagerij 21", "2516 BH", "Den Haag",
      "netlijn.nl", "telecom", "4310", "21",
      (("ZM-ZAK", "Zakelijk mobiel abonnement Onbeperkt", "32.50"),
       ("GLV-1G", "Glasvezel zakelijk 1 Gbit/s", "79.00"),
       ("VOIP-T", "Vaste telefonie per toestel", "9.95"),
       ("BUITBUN", "Buitenlandbundel", "7.50"))),
    S("vermeer", "Kantoorhuis Vermeer B.V.", "NL", "Stationsweg 114", "3811 JC", "Amersfoort",
      "kantoorhuisvermeer.nl", "office", "4300", "21",
      (("PAP-A4", "Kopieerpapier A4 80 gr (doos 5 pak)", "24.95"),
       ("TON-HP", "Toner HP 305A zwart", "89.50"),
       ("ORD-80", "Ordner A4 80 mm blauw", "3.45"),
       ("PEN-BL", "Balpen blauw (doos 50)", "12.40"),
       ("KOF-BN", "Koffiebonen 1 kg", "18.95"))),
    S("wielstra", "Wielstra Autolease B.V.", "NL", "Autobaan 3", "8401 AA", "Gorredijk",
      "wielstra-lease.nl", "lease", "4520", "21",
      (("LEASE-M", "Leasetermijn operational lease", "689.00"),
       ("BR-TOES", "Brandstoftoeslag", "45.00"),
       ("SCH-EIG", "Eigen risico schade", "250.00"))),
    S("tankpas", "Brandstofpas Noord B.V.", "NL", "Tankweg 14", "9723 JE", "Groningen",
      "brandstofpasnoord.nl", "fuel", "4510", "21",
      (("EURO95", "Euro 95 (liter)", "1.979"),
       ("DIESEL", "Diesel (liter)", "1.739"),
       ("ADBLUE", "AdBlue (liter)", "0.89"),
       ("PASKST", "Paskosten per maand", "2.50"))),
    S("bosman", "Bosman & Partners Accountants B.V.", "NL", "Herengracht 402", "1017 BX",
      "Amsterdam", "bosmanpartners.nl", "accountant", "4700", "21",
      (("JR-SAM", "Samenstellen jaarrekening", "2450.00"),
       ("IB-AANG", "Aangifte vennootschapsbelasting", "675.00"),
       ("ADV-UUR", "Adviesuren", "135.00"))),
    S("zekerheid", "Verzekeringen De Zekerheid N.V.", "NL", "Polisplein 1", "5211 BT",
      "'s-Hertogenbosch", "dezekerheid.nl", "insurance", "4600", "exempt",
      (("AVB", "Premie bedrijfsaansprakelijkheid", "412.80"),
       ("INVB", "Premie inventaris- en goederenverzekering", "287.35"),
       ("ASS-BEL", "Assurantiebelasting 21%", "0.00"))),
    S("rekenwerk", "Digitaal Rekenwerk Software B.V.", "NL", "Science Park 402", "1098 XH",
      "Amsterdam", "rekenwerk.nl", "software", "4320", "21",
      (("ABO-BOEK", "Abonnement boekhoudsoftware Plus", "39.00"),
       ("GEBR-EXT", "Extra gebruiker", "8.00"),
       ("SCAN-100", "Scanbundel 100 documenten", "15.00"))),
    S("pakketpost", "Pakketpost Nederland B.V.", "NL", "Sorteerstraat 2", "3125 BM", "Schiedam",
      "pakketpost.nl", "postal", "4330", "21",
      (("PAK-NL", "Pakket Nederland tot 10 kg", "6.95"),
       ("BRF-ZK", "Zakelijke brieven (stuks)", "1.01"),
       ("AANG", "Aangetekend toeslag", "9.80"))),
    S("vandijkdruk", "Drukkerij Van Dijk", "NL", "Ambachtsweg 17", "2222 AH", "Katwijk",
      "drukkerijvandijk.nl", "printing", "4340", "21",
      (("VISIT", "Visitekaartjes 500 stuks full colour", "64.00"),
       ("FLYER", "Flyers A5 2500 stuks", "189.00"),
       ("BRIEFP", "Briefpapier 1000 vel", "142.50")), "zzp"),
    S("glans", "Schoonmaakbedrijf Glans B.V.", "NL", "Poetsstraat 9", "3316 KG", "Dordrecht",
      "glans-schoonmaak.nl", "cleaning", "4120", "21",
      (("SCH-UUR", "Schoonmaakuren volgens contract", "32.75"),
       ("GLAS", "Glasbewassing buitenzijde", "145.00"),
       ("SANIT", "Sanitaire middelen", "28.40")), "g"),
    S("vallei", "Waterbedrijf Vallei N.V.", "NL", "Bronlaan 30", "6716 AX", "Ede",
      "waterbedrijfvallei.nl", "water", "4210", "9",
      (("WAT-M3", "Levering drinkwater (m3)", "1.21"),
       ("VASTR-W", "Vastrecht drinkwater per jaar", "78.30"))),
    S("deboon", "Koffieservice De Boon B.V.", "NL", "Brandersweg 6", "5048 AP", "Tilburg",
      "koffieservicedeboon.nl", "coffee", "4960", "9",
      (("BONEN-1", "Koffiebonen Espresso 1 kg", "21.50"),
       ("MELKP", "Melkpoeder 750 g", "6.75"),
       ("THEE-B", "Thee assortiment (100 zakjes)", "8.90"),
       ("HUUR-AUT", "Huur koffieautomaat per maand", "49.00"))),
    S("ictoost", "ICT Beheer Oost B.V.", "NL", "Hengelosestraat 500", "7521 AN", "Enschede",
      "ictbeheeroost.nl", "it", "4320", "21",
      (("BEH-WP", "Beheer werkplek per maand", "24.50"),
       ("M365", "Microsoft 365 Business Standard", "11.70"),
       ("BACKUP", "Online back-up 500 GB", "19.95"),
       ("SUP-UUR", "Support op locatie (uur)", "95.00"))),
    S("fluks", "Bedrijfskleding Fluks B.V.", "NL", "Textielweg 12", "7091 EE", "Dinxperlo",
      "fluks-bedrijfskleding.nl", "workwear", "4980", "21",
      (("POLO", "Polo met logo", "24.95"),
       ("JAS-SW", "Softshell jas met logo", "69.00"),
       ("BORD", "Borduurkosten per logo", "4.50"))),
    S("groenrond", "Afvalinzameling Groen Rond B.V.", "NL", "Recyclingweg 4", "3861 NL",
      "Nijkerk", "groenrond.nl", "waste", "4970", "21",
      (("CON-240", "Container 240 liter restafval per lediging", "14.85"),
       ("CON-PMD", "Container PMD per lediging", "9.60"),
       ("HUUR-C", "Containerhuur per maand", "7.50"))),
    S("gezondwerk", "Arbodienst Gezond Werk B.V.", "NL", "Vitaliteitslaan 5", "6824 BP",
      "Arnhem", "gezondwerk.nl", "arbo", "4750", "21",
      (("ABO-ARB", "Abonnement arbodienstverlening per medewerker", "11.25"),
       ("SPREEK", "Spreekuur bedrijfsarts", "165.00"))),
    S("loonwijzer", "Salarisverwerking Loonwijzer B.V.", "NL", "Looneindseweg 23", "5231 HP",
      "'s-Hertogenbosch", "loonwijzer.nl", "payroll", "4720", "21",
      (("VERW", "Salarisverwerking per strook", "14.50"),
       ("JRW", "Jaarwerk loonadministratie", "225.00"))),
    S("schneider", "Bürotechnik Schneider GmbH", "DE", "Hohenzollernring 57", "50672", "Köln",
      "buerotechnik-schneider.de", "office_equipment", "4300", "icp",
      (("BT-4410", "Office chair ErgoPro 4410", "289.00"),
       ("BT-2200", "Height-adjustable desk 160x80", "549.00"),
       ("BT-0190", "Monitor arm dual", "119.00")), "en"),
    S("cloudwerk", "CloudWerk Software GmbH", "DE", "Friedrichstraße 123", "10117", "Berlin",
      "cloudwerk.de", "saas", "4320", "reverse_charge",
      (("CW-TEAM", "CloudWerk Team subscription (per user/month)", "12.00"),
       ("CW-STOR", "Additional storage 1 TB", "9.00"),
       ("CW-SUP", "Premium support", "49.00")), "en"),
)
# fmt: on
