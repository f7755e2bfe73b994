"""The catalogue's connector messages: sign-in, tokens, network and HTTP trouble, and the export
refusals Factuurflow words itself for Exact Online and Twinfield (a package's own refusal text is
not here and stays as the package sent it).
"""

from __future__ import annotations

from app.i18n_messages.engine import msg

MESSAGES = [
    # sign-in, tokens, the browser round trip
    msg(
        "Niet aangemeld bij het boekhoudpakket; meld opnieuw aan.",
        "Not signed in to the accounting package; please sign in again.",
    ),
    msg(
        "De aanmelding is verlopen; meld opnieuw aan.",
        "The sign-in has expired; please sign in again.",
    ),
    msg(
        "Het wachtwoordbeheer van het besturingssysteem is niet beschikbaar ({exc}); Factuurflow "
        "bewaart aanmeldgegevens alleen daar.",
        "The operating system's password manager is not available ({exc}); Factuurflow keeps "
        "sign-in credentials only there.",
    ),
    msg(
        "Kan de aanmelding niet ontvangen op {host}:{port} ({exc}); is Factuurflow al aan het "
        "aanmelden?",
        "Cannot receive the sign-in on {host}:{port} ({exc}); is Factuurflow already signing in?",
    ),
    msg("De aanmelding is geweigerd (onjuiste state).", "The sign-in was refused (wrong state)."),
    msg(
        "Aanmelden mislukt: geen autorisatiecode ontvangen.",
        "Signing in failed: no authorisation code received.",
    ),
    msg("Aanmelden mislukt: {reason}", "Signing in failed: {reason}"),
    msg("Aanmelden is niet op tijd afgerond.", "Signing in was not completed in time."),
    msg("Onbekend boekhoudpakket: {package}", "Unknown accounting package: {package}"),
    # network and HTTP
    msg(
        "De daglimiet van het boekhoudpakket is bereikt; probeer later.",
        "The accounting package's daily limit has been reached; please try again later.",
    ),
    msg(
        "Onverwacht antwoord van het boekhoudpakket ({status}).",
        "Unexpected response from the accounting package ({status}).",
    ),
    msg(
        "Het boekhoudpakket blijft 'te veel verzoeken' melden.",
        "The accounting package keeps reporting 'too many requests'.",
    ),
    msg(
        "Het boekhoudpakket gaf een serverfout ({status}); uitkomst onbekend.",
        "The accounting package returned a server error ({status}); the outcome is unknown.",
    ),
    msg(
        "Het boekhoudpakket gaf een serverfout ({status}).",
        "The accounting package returned a server error ({status}).",
    ),
    msg(
        "Het boekhoudpakket is niet bereikbaar (netwerkfout of time-out).",
        "The accounting package cannot be reached (network error or time-out).",
    ),
    msg(
        "Geen antwoord van het boekhoudpakket op {method}; de uitkomst is onbekend. Controleer of "
        "de boeking is aangekomen voordat u opnieuw exporteert.",
        "No answer from the accounting package to {method}; the outcome is unknown. Check "
        "whether the booking arrived before you export again.",
    ),
    # Exact Online
    msg("Exact Online: {message} (HTTP {status})", "Exact Online: {message} (HTTP {status})"),
    msg(
        "De aanmelding bij Exact Online is verlopen of ingetrokken; meld opnieuw aan.",
        "The sign-in to Exact Online has expired or was revoked; please sign in again.",
    ),
    msg(
        "Exact Online weigerde de aanmelding ({exc}); controleer client-id, secret en "
        "redirect-URI.",
        "Exact Online refused the sign-in ({exc}); check the client ID, secret and redirect URI.",
    ),
    msg(
        "Exact Online gaf geen tokens (HTTP {status}).",
        "Exact Online returned no tokens (HTTP {status}).",
    ),
    msg(
        "Exact Online accepteert de aanmelding niet meer; meld opnieuw aan.",
        "Exact Online no longer accepts the sign-in; please sign in again.",
    ),
    msg(
        "Geen toegang tot deze Exact-administratie: {message}",
        "No access to this Exact administration: {message}",
    ),
    msg(
        "Exact Online gaf geen huidige divisie terug.", "Exact Online returned no current division."
    ),
    msg(
        "{label} {codes} bestaat niet in Exact Online.",
        "{label} {codes} does not exist in Exact Online.",
    ),
    msg("De boeking heeft geen regels.", "The booking has no lines."),
    msg(
        "De boeking is niet in balans: regels {lines} tegenover factuurtotaal {total}.",
        "The booking does not balance: lines {lines} against invoice total {total}.",
    ),
    # Twinfield
    msg(
        "De aanmelding bij Twinfield is verlopen of ingetrokken; meld opnieuw aan.",
        "The sign-in to Twinfield has expired or was revoked; please sign in again.",
    ),
    msg("Twinfield weigerde de aanmelding ({exc}).", "Twinfield refused the sign-in ({exc})."),
    msg(
        "Twinfield keurde het toegangstoken af; meld opnieuw aan.",
        "Twinfield rejected the access token; please sign in again.",
    ),
    msg(
        "Twinfield weigert het toegangstoken; meld opnieuw aan.",
        "Twinfield refuses the access token; please sign in again.",
    ),
    msg(
        "Twinfield gaf geen cluster voor deze organisatie.",
        "Twinfield returned no cluster for this organisation.",
    ),
    msg("Twinfield gaf een onleesbaar antwoord.", "Twinfield returned an unreadable response."),
    msg("Twinfield gaf een leeg antwoord.", "Twinfield returned an empty response."),
    msg(
        "Twinfield gaf een serverfout ({status}); de uitkomst is onbekend.",
        "Twinfield returned a server error ({status}); the outcome is unknown.",
    ),
    msg(
        "Twinfield gaf een serverfout ({status}).", "Twinfield returned a server error ({status})."
    ),
    msg(
        "Twinfield is niet bereikbaar (netwerkfout of time-out).",
        "Twinfield cannot be reached (network error or time-out).",
    ),
    msg(
        "Geen antwoord van Twinfield; de uitkomst is onbekend. Controleer of de boeking is "
        "aangekomen voordat u opnieuw exporteert.",
        "No answer from Twinfield; the outcome is unknown. Check whether the booking arrived "
        "before you export again.",
    ),
    msg(
        "Administraties ophalen uit Twinfield mislukt: {exc}",
        "Fetching the administrations from Twinfield failed: {exc}",
    ),
    msg(
        "Stamgegevens ophalen uit Twinfield mislukt: {exc}",
        "Fetching the master data from Twinfield failed: {exc}",
    ),
    msg(
        "Zoeken naar de boeking in Twinfield mislukt: {exc}",
        "Searching for the booking in Twinfield failed: {exc}",
    ),
    msg("Twinfield heeft de boeking geweigerd.", "Twinfield refused the booking."),
    msg("Geweigerd door Twinfield.", "Refused by Twinfield."),
]
