"""The demo office's users as the window tests use them (see app.services.demo)."""

BEHEERDER = "marieke@vdbdewit.nl"
TEAMLEIDER = "joost@vdbdewit.nl"
GEBRUIKER = "sanne@vdbdewit.nl"
REVIEWER = "fatima@vdbdewit.nl"
AANLEVERAAR = "pieter@vdbdewit.nl"
DEACTIVATED = "linda@vdbdewit.nl"
PASSWORD = "demo1234"
