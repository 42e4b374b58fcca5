"""Names of public bodies, as a document prints its sender's name over its title: ``National
Council on Disability``, ``PRIVACY & CIVIL LIBERTIES OVERSIGHT BOARD``, ``Ministerie van
Financiën``, ``Senatsverwaltung für Inneres und Sport``, ``Commonwealth of Australia``.

A name is told by its shape alone: capitalised words ending in the noun that makes them an
institution (English word order), or opening with it (Dutch, French and German word order), or
a state or town named with "of". Nothing with digits or sentence punctuation is a name (an act
or a decision names its number: "Commission Implementing Regulation (EU) 2019/947")."""

from __future__ import annotations

import re

from .._greek import LOOKALIKES, unaccented

__all__ = ["is_body_name"]

_INSTITUTION = (
    r"Council|Board|Commission|Committee|Agency|Authority|Office|Department|Ministry|Court|"
    r"Tribunal|Ombudsman|Inspectorate|Bureau|Secretariat|Parliament|Senate|Assembly|Division|"
    r"Circuit|Association|Federation|Union|Institute|Centre|Center|District|Task Force"
)
_CAPITALISED = r"[A-Z][\w&'’.-]*"
_LINKS = r"of|on|for|and|&|the"
#: English: "[The] Privacy & Civil Liberties Oversight Board", "Office of the Inspector General"
_ENGLISH = re.compile(
    rf"^(?:The\s+)?(?:{_CAPITALISED}\s+(?:(?:{_LINKS})\s+)*){{0,10}}(?:{_INSTITUTION})"
    rf"(?:\s+(?:of|on|for)(?:\s+the)?(?:\s+{_CAPITALISED}|\s+and|\s+&){{1,6}}){{0,3}}$"
)
#: the noun first: "Ministerie van …", "Ministère de …", "Bundesministerium des …",
#: "Senatsverwaltung für …", "Raad van State", "Cour des comptes", "Gemeente Utrecht"
_NOUN_FIRST = re.compile(
    r"^(?:Ministerie|Minist[eè]re|Ministerium|Bundesministerium|Staatsministerium|Senatsverwaltung|"
    r"Bundesamt|Landesamt|Landratsamt|Regierungspräsidium|Raad|Gemeente|Provincie|Autoriteit|"
    r"Inspectie|Conseil|Cour|Direction|Préfecture|Secrétariat|République|Royaume|Koninkrijk|"
    r"Königreich|Bundesrepublik|Freistaat|Kanton|Canton|"
    # Italian, Spanish, Portuguese, Polish and Czech: "Servizio Analisi Criminale", "Dirección
    # General de Tráfico", "Ministerstwo Zdrowia", "Úřad vlády"
    r"Ministero|Dipartimento|Direzione|Servizio|Ufficio|Agenzia|Autorità|Comune|Regione|"
    r"Provincia|Prefettura|Città metropolitana|Diputación|Junta|Generalitat|Prefeitura|Câmara|"
    r"Ministerio|Dirección|Secretaría|Ayuntamiento|Agencia|Ministério|Direção|Direcção|"
    # ... and the Latin American state's own names ("República Argentina - Poder Ejecutivo
    # Nacional", "Gobierno de la Provincia de Buenos Aires")
    r"República|Gobierno|Governo|Poder|Presidencia|Presidência|"
    r"Superintendencia|Municipalidad|Contraloría|Defensoría|Fiscalía|Procuraduría|"
    r"Ministerstwo|Urząd|Ministerstvo|Úřad)\b(?:\s+[^\s.:;!?]+){0,7}$"
)
#: a Scandinavian body, its noun a suffix in the definite form: "Kammarkollegiet",
#: "Klimat- och näringslivsdepartementet", "Datatilsynet", "Skatteverket"
_NORDIC = re.compile(
    r"^(?:[A-ZÅÄÖÆØ][\w-]*\s+(?:och|og)\s+)?[A-ZÅÄÖÆØa-zåäöæø][\w-]*(?:departementet|myndigheten|verket|"
    r"styrelsen|kollegiet|inspektionen|ministeriet|direktoratet|tilsynet|nämnden|rådet|"
    r"kontoret|kansliet)$"
)
#: a Finnish body, its noun a compound's last part after the genitives that qualify it:
#: "Jatkuvan oppimisen ja työllisyyden palvelukeskus", "Opetushallitus", "Sosiaali- ja
#: terveysministeriö", "Kaupunkiympäristön toimiala"
_FINNISH = re.compile(
    r"^[A-ZÅÄÖ][\w-]*(?:\s+[\w-]+){0,6}?(?:keskus|virasto|ministeriö|laitos|hallitus|lautakunta|"
    r"valtuusto|kaupunki|toimiala|neuvosto|valiokunta|eduskunta|kanslia|kuntayhtymä)$"
)
#: a chamber or its committee, the noun first and joined to what it is of or for: "Commission
#: du Budget, de l’Enseignement supérieur et des Bâtiments scolaires du Parlement de la
#: Communauté française", "Commissie voor Digitale Zaken", "Chambre des représentants"
_CHAMBER = re.compile(
    r"^(?:Commission|Commissie|Parlement|Chambre|Comité|Assemblée|Sénat|Kamer|Conférence)\s+"
    r"(?:du|de|des|de la|de l['’]|d['’]|voor|van|van de|van het)\b(?:\s+[^\s.:;!?]+){1,18}$"
)
#: a state, province or town: "Commonwealth of Australia", "State of California", "City of Lomita"
_POLITY = re.compile(
    r"^(?:The\s+)?(?:Commonwealth|State|City|County|Republic|Kingdom|Government|Province|Town|"
    r"Village|Borough|Municipality)\s+of\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}$"
)
#: a genre word: the line names a document ("Annual Report of the Board"), not a body
_GENRE = re.compile(
    r"\b(?:Report|Agenda|Minutes|Meeting|Session|Decision|Notice|Order|Regulation|Directive|"
    r"Policy|Strategy|Plan|Guidance|Guidelines?|Review|Study|Memorandum|Letter|Statement|"
    r"Rapport|Verslag|Notulen|Besluit|Advies|Brief|Bericht|Beschluss|Protokoll|Sitzung|"
    r"Séance|Réunion|Délibération|Procès-verbal|Compte rendu|Avis|Arrêté|Décision|"
    # a body's own rules ("BYLAWS OF THE BOONE COUNTY FIRE PROTECTION DISTRICT")
    r"By-?laws?|Statutes|Charter|Rules of Procedure|Standing Orders|Constitution|Statuten|"
    r"Satzung|Geschäftsordnung|Reglement|Règlement|Statuts)\b",
    re.IGNORECASE,
)
_WRAPPED = re.compile(
    r"\s(?:of|on|for|the|van|voor|de|des|du|für|der|des|inzake|"
    # Spanish, Portuguese and Italian ("CONSEJO ASESOR PRESIDENCIAL CONTRA" / "LOS …")
    r"del|la|los|las|para|contra|y|e|da|do|dos|das|di|della|per)$",
    re.IGNORECASE,
)
_PARTIES = re.compile(r"\s+(?:and|en|et|und)\s+(?=The\s|[A-Z])")
_SMALL = {"of", "on", "for", "and", "the", "van", "voor", "de", "des", "du", "für", "der"}


def _title_case(text: str) -> str:
    """``PRIVACY & CIVIL LIBERTIES OVERSIGHT BOARD`` -> ``Privacy & Civil Liberties Oversight
    Board``: a name set in capitals read as it is written."""
    words = text.split()
    return " ".join(
        word.lower() if index and word.lower() in _SMALL else word[:1] + word[1:].lower()
        for index, word in enumerate(words)
    )


#: a Greek body or the state over it ("ΕΛΛΗΝΙΚΗ ΔΗΜΟΚΡΑΤΙΑ", "Υπουργείο Παιδείας", "ΝΟΜΙΚΟ
#: ΣΥΜΒΟΥΛΙΟ ΤΟΥ ΚΡΑΤΟΥΣ"), matched without accents (capitals drop them)
_GREEK = re.compile(
    r"^(?:Ελληνικη Δημοκρατια|Υπουργειο|Υπουργος|Υφυπουργος|Νομικο Συμβουλιο|Γενικη Διευθυνση|"
    r"Γενικη Γραμματεια|Διευθυνση|Περιφερεια|Αποκεντρωμενη Διοικηση|Δημος|Τμημα|Οργανισμος|"
    r"Γραφειο|Αρχη|Επιτροπη Ανταγωνισμου|Βουλη)\b(?:\s+[^\s.:;!?]+){0,8}$",
    re.IGNORECASE,
)


def _greek_body(text: str) -> bool:
    return bool(_GREEK.match(unaccented(text.translate(LOOKALIKES))))


def is_body_name(text: str) -> bool:
    """Whether ``text`` (one line, or a title's lines joined) is the name of a public body."""
    text = " ".join(text.split()).rstrip(",")
    if not text or any(c.isdigit() for c in text) or _GENRE.search(text):
        return False
    if _greek_body(text):
        return True
    if len(text) > 100:
        # (only a chamber's committee is named at such length)
        return len(text) <= 160 and bool(_CHAMBER.match(_title_case(text)))
    if text.isupper():
        text = _title_case(text)
    if _WRAPPED.search(text):
        return False  # a name broken off ("Raad voor examenbetwistingen/Raad voor")
    if (
        _ENGLISH.match(text)
        or _NOUN_FIRST.match(text)
        or _NORDIC.match(text)
        or _FINNISH.match(text)
        or _POLITY.match(text)
        or _CHAMBER.match(text)
    ):
        return True
    # the parties to an agreement: "The Digital Transformation Agency and The Australian
    # Information Industry Association"
    parties = _PARTIES.split(text.removesuffix(" and"))
    return len(parties) > 1 and all(map(is_body_name, parties))
