"""Organisation settings (Beheerder only): name, KvK, address, e-mail domain, monthly target."""

from __future__ import annotations

from sqlalchemy import select

from app.errors import InvalidInput, NotFound
from app.models import Organisation
from app.services.context import BaseService
from app.services.dto import OrganisationDTO
from app.services.permissions import Right
from app.services.validation import clean_kvk, clean_name


def _dto(o: Organisation) -> OrganisationDTO:
    return OrganisationDTO(
        o.id, o.name, o.kvk, o.address, o.email_domain, o.monthly_target, o.created_at
    )


class OrganisationService(BaseService):
    def get(self) -> OrganisationDTO:
        with self.tx() as s:
            return _dto(self._org(s))

    def update(self, **changes) -> OrganisationDTO:
        self.require(Right.MANAGE_ORGANISATION)
        with self.tx() as s:
            org = self._org(s)
            for key, value in changes.items():
                if key == "name":
                    org.name = clean_name(value, "Naam van de organisatie", 200)
                elif key == "kvk":
                    org.kvk = clean_kvk(value)
                elif key in ("address", "email_domain"):
                    setattr(org, key, (value or "").strip() or None)
                elif key == "monthly_target":
                    org.monthly_target = int(value) if value not in (None, "") else None
                else:
                    raise InvalidInput(f"Onbekend veld: {key}")
            self.audit(s, "organisation.update", "organisation", org.id, ", ".join(changes))
            return _dto(org)

    @staticmethod
    def _org(s) -> Organisation:
        org = s.scalar(select(Organisation).order_by(Organisation.id).limit(1))
        if org is None:
            raise NotFound("Er is nog geen organisatie.")
        return org
