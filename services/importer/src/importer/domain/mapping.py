"""Which column holds which field: matched from common English and French headers, or chosen by staff."""

from __future__ import annotations

import re
import unicodedata

from shared.errors import DomainError

CUSTOMER_FIELDS = (
    "first_name",
    "last_name",
    "email",
    "phone",
    "company",
    "language",
    "birthday",
    "tags",
    "address_line1",
    "address_line2",
    "postal_code",
    "city",
    "country",
    "notes",
    "stage",
    "source",
    "customer_types",
)
CAR_FIELDS = ("car_make", "car_model", "car_year", "car_colour", "car_plate", "car_vin")
FIELDS = CUSTOMER_FIELDS + CAR_FIELDS
REQUIRED = ("first_name", "last_name", "email")

# Normalised headers (see normalise_header) in English and French, and as HubSpot, Salesforce, Pipedrive and
# Excel-for-France exports name them ("Person - Email" is Pipedrive's, "Mailing City" Salesforce's).
_SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": (
        "firstname", "first", "prenom", "givenname", "forename", "fname", "prenoms", "personfirstname",
        "contactfirstname",
    ),
    "last_name": (
        "lastname", "last", "nom", "surname", "familyname", "nomdefamille", "lname", "personlastname",
        "contactlastname", "nomdusage",
    ),
    "email": (
        "email", "emailaddress", "mail", "courriel", "adresseemail", "adressemail", "adressecourriel", "owneremail",
        "ownersemail", "emailproprietaire", "emailduproprietaire", "courrielproprietaire", "personemail",
        "contactemail", "emailwork", "workemail", "primaryemail", "adresseelectronique", "email1",
    ),
    "phone": (
        "phone", "mobile", "tel", "telephone", "phonenumber", "cell", "cellphone", "portable", "gsm", "mobilephone",
        "numerodetelephone", "telmobile", "telportable", "mobilenumber", "mobilephonenumber", "personphone",
        "businessphone", "workphone", "homephone", "telephoneportable", "telephonemobile", "telfixe", "phone1",
    ),
    "company": (
        "company", "societe", "entreprise", "organisation", "organization", "business", "raisonsociale",
        "companyname", "accountname", "organizationname", "organisationname", "nomdelentreprise",
        "nomdelasociete", "account",
    ),
    "language": ("language", "langue", "lang", "preferredlanguage", "languepreferee", "languedecommunication"),
    "birthday": (
        "birthday", "birthdate", "dateofbirth", "dob", "datedenaissance", "naissance", "anniversaire",
        "datenaissance",
    ),
    "tags": ("tags", "tag", "etiquettes", "etiquette", "labels", "label", "personlabel", "motscles"),
    "address_line1": (
        "address", "adresse", "street", "streetaddress", "address1", "addressline1", "adresse1", "adresseligne1",
        "rue", "voie", "mailingstreet", "billingstreet", "personaddress", "adressepostale", "numeroetrue",
    ),
    "address_line2": ("address2", "addressline2", "adresse2", "adresseligne2", "complementdadresse", "complement"),
    "postal_code": (
        "postalcode", "postcode", "zip", "zipcode", "codepostal", "cp", "mailingzippostalcode", "mailingpostalcode",
        "billingzippostalcode", "ziporpostalcode", "zippostalcode",
    ),
    "city": ("city", "ville", "town", "localite", "commune", "mailingcity", "billingcity"),
    "country": ("country", "pays", "countryregion", "mailingcountry", "billingcountry"),
    "notes": (
        "notes", "note", "remarques", "remarque", "commentaires", "commentaire", "comments", "comment",
        "description", "observations",
    ),
    "stage": (
        "stage", "crmstage", "lifecyclestage", "pipelinestage", "etape", "etapecrm", "statutcrm", "leadstatus",
        "dealstage", "phase", "stadecrm",
    ),
    "source": (
        "source", "leadsource", "originalsource", "origine", "provenance", "canal", "canaldacquisition",
        "sourcecrm",
    ),
    "customer_types": (
        "customertype", "customertypes", "typedeclient", "typeclient", "categorie", "categorieclient",
        "customergroup", "groupe", "segment", "contacttype", "type",
    ),
    "car_make": ("make", "carmake", "marque", "brand", "vehiclemake", "marquevehicule"),
    "car_model": ("model", "carmodel", "modele", "vehiclemodel", "modelevehicule"),
    "car_year": ("year", "caryear", "annee", "anneemodele", "modelyear"),
    "car_colour": ("colour", "color", "couleur", "carcolour", "carcolor"),
    "car_plate": ("plate", "licenseplate", "licenceplate", "registration", "immatriculation", "plaque", "numberplate"),
    "car_vin": ("vin", "chassis", "numerodechassis", "vinnumber", "numeroserie"),
}  # fmt: skip
_LOOKUP = {alias: field for field, aliases in _SYNONYMS.items() for alias in aliases}

Mapping = dict[str, int]  # field → column index


def normalise_header(header: str) -> str:
    """Lower case, no accents, letters and digits only: "E-mail" and "Prénom " become "email", "prenom"."""
    text = unicodedata.normalize("NFKD", header)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    return re.sub(r"[^a-z0-9]", "", text)


def auto_map(headers: list[str]) -> Mapping:
    """The field of each recognised header; the first column wins when two mean the same field."""
    mapping: Mapping = {}
    for index, header in enumerate(headers):
        field = _LOOKUP.get(normalise_header(header))
        if field is not None and field not in mapping:
            mapping[field] = index
    return mapping


def override(headers: list[str], current: Mapping, changes: dict[str, str | None]) -> Mapping:
    """Apply staff choices {field: header or None}; 422 naming the field for an unknown field or header."""
    mapping = dict(current)
    index_of = {h: i for i, h in reversed(list(enumerate(headers)))}
    for field, header in changes.items():
        if field not in FIELDS:
            raise DomainError(f"unknown field {field!r}", loc=["body", "mapping", field], allowed=list(FIELDS))
        if header is None or header == "":
            mapping.pop(field, None)
            continue
        if header not in index_of:
            raise DomainError(f"no column named {header!r}", loc=["body", "mapping", field], headers=headers)
        mapping[field] = index_of[header]
    return mapping


def is_cars_file(mapping: Mapping) -> bool:
    """A second file of cars: owners' emails and car columns, no names."""
    return "car_make" in mapping and "first_name" not in mapping and "last_name" not in mapping


def missing(mapping: Mapping) -> list[str]:
    """Required fields no column is mapped to."""
    if is_cars_file(mapping):
        return [f for f in ("email", "car_make", "car_model") if f not in mapping]
    return [f for f in REQUIRED if f not in mapping]


def by_header(headers: list[str], mapping: Mapping) -> dict[str, str]:
    """The mapping as {field: header} for the API."""
    return {field: headers[index] for field, index in mapping.items() if index < len(headers)}
