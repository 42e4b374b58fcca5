"""Signature blocks: who signed, in which role.

Handles both orders (role then name, as in ``DE MINISTER VAN BUITENLANDSE ZAKEN,`` /
``W.B. Hoekstra``; and name then role, as in ``M.A.M. Adriaansens`` / ``Minister van Economische
Zaken en Klimaat``), several signatories, roles printed in capitals, and names with titles
(``drs. V.L.W.A. Heijnen``).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import combinations, pairwise

from ..models import Signatory
from .bodies import is_body_name

__all__ = [
    "ROLE",
    "SIGNING",
    "Placed",
    "bench_names",
    "bracketed_name",
    "bracketed_note",
    "closing_signature",
    "column_order",
    "drawn_name",
    "is_role",
    "is_salutation",
    "merge_wrapped_roles",
    "ministry_from_role",
    "normalise_role",
    "parse_signatories",
    "signature_block_like",
    "signature_like",
    "signature_spans",
    "signed_by_office",
]

#: Offices that sign: Dutch ministries, provinces, municipalities, advisory bodies and
#: courts; EU and UN institutions; French and Québec municipalities.
_OFFICES = (
    r"minister(?:-president)?|staatssecretaris|secretaris(?:-generaal)?|gemeentesecretaris|"
    r"directeur(?:-generaal)?|divisie\s*directeur|programmadirecteur|hoofddirecteur|"
    r"directrice|voorzitter|"
    r"(?:divisie|afdelings|team)?hoofd|hoofd\s+[a-z]|teammanager|manager|inspecteur(?:-generaal)?|"
    r"(?:team|afdelings|cluster|project|programma)leider|"
    r"loco-?burgemeester|ombudsman|vicevoorzitter|vice-voorzitter|griffier|"
    r"burgemeester(?!\s+en\s+wethouders)|wethouder|gedeputeerde(?!\s+staten)|commissaris\s+van\s+de\s+koning(?:in)?|"
    r"lid\s+(?:van\s+)?(?:de\s+|het\s+)?(?:gedeputeerde\s+staten|raad|college|bestuur|directie|commissie)|"
    r"vice-?president|president(?:e|a)?|présidente?|plv\.?\s+\w+|"
    r"the\s+minister|state\s+secretary|director(?:a)?(?:-general)?|secretary(?:-general)?|"
    # Spanish offices: "Directora de la Agencia …", "Secretaria General"
    r"(?:sub)?director(?:a)?\s+general|secretari[oa](?:\s+general[a]?)?|ministra|"
    # Italian offices: "Il Sindaco", "Il Segretario Generale", "Il Responsabile della
    # Trasparenza", "Il Dirigente", "L'Assessore"
    r"sindac[oa]|segretari[oa](?:\s+general[e])?|responsabile\s+(?:del|della|dei|delle|dell['’])|"
    r"dirigente|assessore|direttore|direttrice|(?:pro)?rett(?:ore|rice)|"
    # Czech, Slovak, Polish and Hungarian offices: "starosta města", "místostarosta", "ředitel",
    # "předsedkyně", "burmistrz", "wójt", "przewodniczący", "polgármester", "jegyző", "elnök"
    r"(?:místo)?starost(?:a|ka)|primátor(?:ka)?|tajemní(?:k|ce)|ředitel(?:ka)?|"
    r"(?:místo)?předsed(?:a|kyně)|náměst(?:ek|kyně)|hejtman(?:ka)?|burmistrz|wójt|"
    r"przewodnicząc[ya]|dyrektor|kierownik|wojewoda|marszałek|"
    r"polgármester|jegyző|(?:fő)?igazgató|elnök|államtitkár|miniszter|"
    r"member\s+of\s+the\s+commission|commissioner|chair(?:man|woman|person)?|head\s+of|"
    r"maire(?:sse)?|greffi(?:er|ère)|secrétaire(?:\s+générale?)?|directeur\s+général|"
    r"rapporteur(?:e)?(?:\s+générale?)?|commissaire(?:\s+du\s+gouvernement)?|"
    r"(?:premier\s+)?ministre|préfète?|garde\s+des\s+sceaux|"
    # heads of a French or Swiss service or authority ("Le chef de Service de l’eau", "La
    # cheffe du bureau", "Le Défenseur des droits", "Le Médiateur", a Vaud town's "Le Syndic")
    r"chef(?:fe)?\s+(?:de|du|des|d['’])|défenseur(?:e)?\s+des\s+droits|médiat(?:eur|rice)|"
    r"contrôleur(?:\s+général)?|syndic|"
    # a French authority's delegated officials: "Le délégué au patrimoine et aux achats", "La
    # sous-préfète, directrice de cabinet", "L'adjointe au maire", "Le conseiller municipal"
    r"délégu(?:é|ée)|sous-préf(?:et|ète)|adjoint(?:e)?(?=\s+(?:au|à|du|de)\b)|"
    r"conseill(?:er|ère)\s+(?:municipal|régional|départemental|d['’]état)e?|"
    r"chargée?\s+de\s+mission|"
    # German offices, both genders
    r"porte-parole|spokes(?:man|woman|person)|woordvoerder|sprecher(?:in)?|"
    r"(?:ober)?bürgermeister(?:in)?|vorsitzender?|referent(?:in)?|"
    r"(?:bundes|landes|vize|regierungs)?präsident(?:in)?|"
    r"governor(?:-general)?|lieutenant[- ]governor|prime\s+minister|premier|"
    r"(?:amts|abteilungs|referats)?leiter(?:in)?|direktor(?:in)?|staatssekretär(?:in)?|"
    r"(?:bundes|landes|staats)?minister(?:in)?|dezernent(?:in)?|stadträtin|geschäftsführer(?:in)?|"
    r"(?:ausschuss|rats|vorstands)mitglied|protokollführer(?:in)?|schriftführer(?:in)?|"
    r"berichterstatter(?:in)?|"
    r"richter(?:in)?|(?:bundes|vize)?kanzler(?:in)?|registrar|"
    # courts: "United States District Judge", "Clerk of Court"
    r"(?:united\s+states\s+)?(?:chief\s+)?(?:district\s+|circuit\s+|magistrate\s+)?judge|"
    # Commonwealth benches: "Chief Justice", "Supreme Court Judge", "Court of Appeal Judge",
    # "Judge President"
    r"chief\s+justice|(?:supreme\s+court|court\s+of\s+appeal|high\s+court)\s+judge|"
    r"judge\s+president|"
    r"clerk(?:\s+of\s+(?:the\s+)?court)?|"
    # an American office named by its unit on the next line ("Cecilia Blye, Chief" / "Office
    # of Global Security Risk"), or "Chief of Staff"
    r"chief(?=\s*,|\s*$|\s+of\s)|"
    # a British public body's head ("Chief Executive, UK Research and Innovation", "Executive
    # Chair")
    r"chief\s+executive(?:\s+officer)?|executive\s+(?:chair(?:man|woman|person)?|director)|"
    # Nordic offices: a Swedish municipality's "Kommundirektör", "Ordförande", "Sekreterare",
    # "Enhetschef"; Danish and Norwegian "Borgmester", "Rådmand", "Avdelingsdirektør"; Finnish
    # "Puheenjohtaja" (chair), "Sihteeri", "Kaupunginjohtaja"
    r"(?:kommun|stads|general|kommunal|avdelnings|avdelings|afdelings)?direkt(?:ö|ø)r|"
    r"(?:kommun|stads|förvaltnings|avdelnings|enhets|ekonomi|personal|kansli|kontors|"
    r"afdelings|avdelings)chef|"
    r"(?:vice\s+)?ordförande|sekreterare|handläggare|utredare|ekonom|statsråd|justerare|"
    r"borgmester|rådmand|rådmann|formand|sekretær|fuldmægtig|saksbehandler|"
    r"(?:vara)?puheenjohtaja|sihteeri|pöytäkirjanpitäjä|(?:kaupungin|kunnan)?johtaja|päällikkö|"
    # Greek offices, in capitals without their accents too ("Η ΑΝΑΠΛΗΡΩΤΡΙΑ ΥΠΟΥΡΓΟΣ",
    # "ΠΡΟΪΣΤΑΜΕΝΗ ΔΙΕΥΘΥΝΣΗΣ", "Νομικός Σύμβουλος Ν.Σ.Κ.")
    r"(?:αναπληρωτ[ηή]ς\s+|αναπληρ[ωώ]τρια\s+)?υπουργ[οό]ς|υφυπουργ[οό]ς|"
    r"προϊσταμ[εέ]νη|προϊστ[αά]μενος|γενικ(?:[οό]ς|[ηή])\s+γραμματ[εέ]ας|"
    r"νομικ[οό]ς\s+σ[υύ]μβουλος|(?:αντι)?πρ[οό]εδρος|διευθ[υύ]ντ(?:[ηή]ς|ρια)|δ[ηή]μαρχος|"
    r"π[αά]ρεδρος|"
    # Spanish and Portuguese offices: "Jefe División de Desarrollo Urbano", "Alcalde",
    # "Prefeito", "Secretário Municipal"
    r"jef[ea](?:\s+(?:de|del|de\s+la)\b|\s+divisi[oó]n\b)|alcalde(?:sa)?|gobernador(?:a)?|"
    r"subsecretari[oa]|intendente|concejal(?:a)?|prefeit[oa]|secretári[oa]|diretor(?:a)?|ministro"
)
ROLE = re.compile(
    rf"^(?:de\s+|het\s+|the\s+|le\s+|la\s+|der\s+|die\s+|il\s+|lo\s+|l['’]\s?|el\s+|η\s+|ο\s+)?"
    # (signed on the office's behalf, as Hong Kong's bureaux sign: "for Secretary for the Civil
    # Service", "for Director of General Grades")
    r"(?:for\s+(?:the\s+)?)?"
    r"(?:(?:acting|interim|deputy|principal|under|assistant|associate|senior|chief|vice|"
    r"waarnemend|plaatsvervangend|wnd\.?|"
    r"algemeen|financieel|"
    # the government an office belongs to: "De Vlaamse minister van …"
    r"vlaamse|waalse|brusselse|federale|nederlandse|europese)\s+|adjunct-?)*"
    rf"(?:{_OFFICES})(?:-[^\W\d_]+)?(?![\w-])",
    re.IGNORECASE,
)
#: Salutations of the other languages of European and Latin American administrations, words
#: that address no one else: Italian "Gentile Dirigente,", "Egregio Sindaco", "Spett.le";
#: Spanish "Estimado señor:", "De mi consideración:"; Portuguese "Prezados Senhores", "Exmo.
#: Senhor"; Czech and Slovak "Vážený pane starosto,"; Polish "Szanowni Państwo,"; Hungarian
#: "Tisztelt Elnök Úr!"; Romanian "Stimate domnule"; Croatian and Slovene "Poštovani";
#: Danish, Norwegian, Swedish and Finnish "Kære", "Bästa", "Arvoisa"; Estonian "Lugupeetud";
#: Latvian "Godātais", "Cienījamais"; Lithuanian "Gerbiamas"; Greek "Αξιότιμε", "Αγαπητέ"
SALUTATIONS = (
    r"Gentil(?:e|i|issim[oaie])|Egregi[oa]|Spettabile|Spett\.\s?le|Illustr(?:e|issim[oa])|"
    r"Estimad[oa]s?|Distinguid[oa]s?|Apreciad[oa]s?|Muy señor(?:es)? m[ií]os?|"
    r"De (?:mi|nuestra) (?:mayor |más alta |especial )?consideraci[oó]n|"
    r"Prezad[oa]s?|Exm[oa]s?(?=\.?\s)|Excelent[ií]ssim[oa]s?|Ilustr[ií]ssim[oa]s?|"
    r"Vážen[ýáéí]|Szanown[yaie]|Tisztelt|Stimat[eăi]|Poštovan[iaoe]|Spoštovan[iaoe]|"
    r"Kære|Käre|Kära|Bästa|Arvoisa|Lugupeetud|Godātais|Godātā|Cienījam\w*|Gerbiam\w*|"
    r"Αξιότιμ[εηοοι]\w*|Αγαπητ[έήοοι]\w*"
)
#: greetings that open a letter only when the line ends in the comma, colon or exclamation mark
#: after them (the words open running text as well: "Care homes …", "Señor de los Milagros"):
#: Italian "Buongiorno,", "Cari colleghi,"; Spanish "Señor Ministro:", "Buenos días"; German
#: "Liebe Kolleginnen und Kollegen,", "Guten Tag"; Nordic "Hej", "Hei", "Hyvä …"
GREETINGS = (
    r"Buongiorno|Buonasera|Salve|Car[oaie]|Señor(?:a|es|as)?|Sr[a]?\.|Buen[oa]s (?:días|tardes)|"
    r"Hola|Bom dia|Boa tarde|Senhor(?:a|es|as)?|Car[oa]s|Dobrý den|Dzień dobry|"
    r"Liebe[rs]?|Guten Tag|Hallo|Hej|Hei|Hyvä|Dear all"
)
#: A letter's salutation ("Geachte voorzitter,", "Dear Ms Smith,", "Madame, Monsieur,", "Sehr
#: geehrte Damen und Herren,", the UN's "Excellency,", and :data:`SALUTATIONS`), or an Indian
#: or British circular's "Madam/Sir," (the line holds nothing else); a long one ends in its
#: comma or colon ("Dear School District Officials, Municipal Officials, and Tax Collectors:")
_SALUTATION = re.compile(
    r"^(?:(?:Zeer )?geachte|Beste|Dear|Madame|Monsieur|Mesdames|Messieurs|Cher|Chère|"
    rf"Sehr geehrte[rn]?|(?:Your )?Excellency|{SALUTATIONS}|"
    r"To (?:all (?:parties|concerned)|whom it may concern))\b(?:.{0,60}[,:!]?|.{0,110}[,:!])$|"
    rf"^(?:{GREETINGS})(?:\s.{{0,60}})?[,:!]$|"
    r"^(?:Madam|Sir|Sirs|Gentlemen)(?:\s*/\s*(?:Madam|Sir))?\s*[,:]$",
    re.IGNORECASE,
)
#: Closing formulas of the other languages (:data:`SALUTATIONS`): Italian "Cordiali saluti",
#: "Distinti saluti", "In fede"; Spanish "Atentamente", "Saludos cordiales", "Sin otro
#: particular, le saluda atentamente"; Portuguese "Atenciosamente", "Com os melhores
#: cumprimentos"; German "Freundliche Grüße", "Mit besten Grüßen"; Danish, Norwegian and
#: Swedish "Med venlig hilsen", "Med vänliga hälsningar"; Finnish "Ystävällisin terveisin";
#: Czech and Slovak "S pozdravem", "S úctou"; Polish "Z poważaniem"; Hungarian "Tisztelettel";
#: Romanian "Cu stimă"; Croatian "S poštovanjem"; Estonian "Lugupidamisega"; Latvian "Ar
#: cieņu"; Lithuanian "Pagarbiai"; Greek "Με εκτίμηση", "Μετά τιμής"
CLOSINGS = (
    r"(?:(?:Con )?(?:i )?(?:più )?(?:Cordiali|Distinti|Migliori|Cari) saluti|Saluti cordiali|"
    r"Un cordiale saluto|In fede|Cordialmente|"
    # (Chilean oficios close "Saluda atentamente a Ud.," / "a Usted,")
    r"(?:Sin otro particular,? )?(?:(?:(?:le|les) )?saluda )?atentamente"
    r"(?:,? a (?:Ud|usted|Uds|ustedes|V\.?\s?S)\.?)?|"
    r"Saludos(?: cordiales)?|Reciba un cordial saludo|Un (?:cordial )?saludo|"
    r"Atenciosamente|Respeitosamente|(?:Com os )?(?:melhores )?cumprimentos|"
    r"Freundliche Grüße|Mit (?:den )?(?:besten|freundlichem|herzlichen) Grü(?:ß|ss)(?:en|e)?|"
    r"Viele Grüße|Med venlig(?:st)? hilsen|Venlig hilsen|Med vennlig hilsen|Vennlig hilsen|"
    r"Med vänlig(?:a)? hälsning(?:ar)?|Vänliga hälsningar|Ystävällisin terveisin|"
    r"Parhain terveisin|S (?:pozdravem|pozdravom|úctou|poštovanjem)|Z poważaniem|"
    r"Z wyrazami szacunku|Tisztelettel|Üdvözlettel|Cu (?:stimă|respect)|Lugupidamisega|"
    r"Ar cieņu|Pagarbiai|Με (?:εκτίμηση|τιμή)|Μετά τιμής)"
)


def is_salutation(text: str) -> bool:
    """Whether ``text`` (one line) is a letter's salutation; it opens with a capital, so that
    running text ("beste resultaten …") is none."""
    text = text.strip()
    return text[:1].isupper() and bool(_SALUTATION.match(text))


#: Lines that open a signature block: closing formulas, where and when it was signed (``Done at
#: Brussels, 18 May 2017.``, ``Fait à …``, ``Signé à …``, ``Gedaan te …``), on whose behalf
#: (``For the Commission``, ``Pour la Commission``, ``Namens de minister``).
SIGNING = re.compile(
    r"^(?:Hoogachtend|Met (?:vriendelijke|hartelijke) groet(?:en)?|Met de meeste hoogachting|"
    r"Yours (?:sincerely|faithfully|truly)|Very truly yours|Sincerely(?: yours)?|"
    r"Respectfully(?: yours| submitted)?|(?:With )?(?:(?:Kind|Best|Warm) )?regards|"
    rf"Best wishes|In solidarity|Cordially|Veuillez agréer\b.*|{CLOSINGS}|"
    r"Mit freundlichen Grüßen|Hochachtungsvoll|Aldus besloten .+|Done and ordered .+|"
    # the countersignature of an instrument of a Commonwealth realm
    r"By (?:His|Her) (?:Excellency|Majesty)['’]s Command|By Command of .{3,60}|"
    # where and when a German act or letter was signed: "Berlin, den 5. Juli 2017"
    r"[A-ZÄÖÜ][\w.-]+(?: am Main| an der \w+)?, den \d{1,2}\.\s?(?:\d{1,2}\.\s?\d{2,4}|[^\W\d]+ \d{4})|"
    # a German official signs for the head of the office: "Im Auftrag", "In Vertretung"
    r"Im Auftrag|In Vertretung|i\.\s?A\.|i\.\s?V\.|"
    r"Ainsi (?:décidé|fait|délibéré|arrêté) .+|"
    r"(?:Done|Signed) (?:at|in) .+|(?:Fait|Signé) (?:à|le) .+|Gedaan te .+|Signed|Signé|"
    # where and when a French act was signed: "À Colmar, le 24 septembre 2021"
    r"[ÀÁA] [A-ZÉ][\w’'-]+(?:[- ][\w’'-]+){0,3}, le \d{1,2}(?:er)? [^\W\d]+ \d{4}|"
    # an English notice's or deed's dating: "Dated the 4th day of September 2020."
    r"Dated:?\s+(?:this\s+|the\s+)?\d.{0,40}|"
    # the countersigning ministers of a French act: "Par le Premier ministre :"
    r"Par (?:le|la) (?:Premier|Première|Président|Présidente|ministre)\b.{0,60}|"
    r"(?:Aldus )?vastgesteld (?:te|in|op|door) .+|(?:For|On behalf of) the [A-Z].{0,60}|"
    # a court's order entered by its clerk: "Entered for the Court", "By the Court:"
    r"(?:Entered|Issued) (?:for|by) the [A-Z].{0,60}|By (?:order of )?the (?:Court|Board)\b.{0,40}|"
    r"Pour (?:la|le|l['’]) ?[A-ZÉ].{0,60}|Namens .{0,80}|"
    # the Flemish councils' formula over the director's and chair's signatures
    r"Op last van (?:de|het) .{0,60}|"
    # a US department's directive: "BY DIRECTION OF THE SECRETARY OF VETERANS AFFAIRS:",
    # "CERTIFIED BY:", "APPROVED:"
    r"By direction of (?:the )?[A-Z].{0,60}|Certified by|Approved by)[,.:]?$",
    re.IGNORECASE,
)
#: a signing body: "De gemeenteraad van Boxtel,", "Burgemeester en wethouders van Zwolle,"
_BODY = re.compile(
    r"^(?:(?:de|het)\s+)?(?:gemeenteraad|raad|college|burgemeester\s+en\s+wethouders|"
    r"gedeputeerde\s+staten|provinciale\s+staten|algemeen\s+bestuur|dagelijks\s+bestuur)\b"
    r".{0,70},$",
    re.IGNORECASE,
)
#: a body named with its article under a signing formula ("La Commission nationale pour la
#: protection des données", "The Board of Governors", "Der Stadtrat")
_BODY_NAMED = re.compile(
    r"^(?:La|Le|Les|L['’]|The|Die|Der|Das|De|Het)\s+[A-ZÉ][\w'’-]+(?:\s+[\w'’-]+){0,10}\s*,?$"
)
#: "Aldus vastgesteld door de burgemeester van Amsterdam op 6 november 2024": the office in
#: the formula signs
_BY_OFFICE = re.compile(
    r"\bvastgesteld\s+door\s+(?P<role>.+?)(?:\s+(?:op|in|te)\s+.*)?[.,]?$", re.I
)
#: "(s) Nadine Brière____", "w.g. A.P. Heidema", "[signed]": the mark that the original was signed.
_SIGNED_MARK = re.compile(
    # (an American conformed signature: "/s/ Cecilia Blye", "s/Paul Castiglione", "/s Molly …")
    r"^(?:\(s\)|\(sgd\.?\)|sgd(?:/\.?|\.)|f\.to|\(get\.?\)|w\.g\.|gez\.|/?s/|/s(?=\s)|"
    r"[\[(](?:signed|signé|getekend|was getekend)[\])])\s*",
    re.IGNORECASE,
)
#: "voorzitter, A.P. Heidema secretaris, N. Versteeg": role, comma, name, side by side.
_ROLE_COMMA = re.compile(
    rf"(?:^|(?<=\s))((?:de\s+|het\s+)?(?:{_OFFICES})(?:\s+(?:van|voor)\s+[^,]{{1,60}})?)\s*,\s+",
    re.IGNORECASE,
)
_SMALL = {"van", "voor", "en", "de", "het", "der", "op", "in", "te", "of", "and", "for", "the"}
#: the capitals a name opens with: Latin, Greek and Cyrillic ("ΑΘΑΝΑΣΙΑ ΑΝΑΓΝΩΣΤΟΠΟΥΛΟΥ")
_CAP = "A-ZΑ-ΩΆΈΉΊΌΎΏА-ЯЁ"
#: academic and courtesy titles before a name, spaced or run together ("dr. mr.", "dr.mr."),
#: the Italian ones ("dott.", "dott.ssa", "Prof.ssa", "Avv.", "Sig.", "Geom."), the Spanish and
#: Portuguese ones ("Lic.", "Mtra.", "Dra.", "Arq.", "Sr.", "Sra."), the Czech and Slovak ones
#: ("Mgr.", "Ing.", "Bc.", "JUDr.", "PhDr.", "MUDr.", "doc.")
_TITLES = (
    r"dr|drs|mr|ir|ing|prof|prof\.ssa|mevr|dhr|ds|bc|ms|mrs|dott|dott\.ssa|avv|sig|sig\.ra|"
    r"geom|rag|lic|licda?|mtro|mtra|dra|arq|sr|sra|srta|mgr|judr|phdr|mudr|rndr|paedr|doc"
)
#: a name under its title with the title's full stop ("DOTT.SSA ZANDONAI CELESTINA")
_TITLED = re.compile(rf"^(?i:{_TITLES})\.\s*\w")
_NAME = re.compile(
    rf"^(?:(?i:{_TITLES})(?:\.\s*|\s+))*"
    rf"(?:[{_CAP}]\.(?:[{_CAP}]\.|-[{_CAP}]\.|\s?[{_CAP}][a-zα-ωά-ώа-я]?\.)*\s*)?"
    r"(?:\([A-Z][\w'’-]+\)\s+)?"  # the name used, after the initials: "F. (Floor) Vermeulen"
    # particles before the surname, Dutch and of other languages ("M.A.A. di Bucchianico")
    r"(?:(?:van|de|der|den|ter|ten|te|vd|'t|in 't|di|da|del|della|dos|das|du|von|zu)\s+)*"
    # (or an initial without its full stop before the given name, as Indian offices print
    # it: "N Senthil Kumar"; not the article or pronoun of a heading, "A Guide", "I Agree")
    # (two undotted initials too, as the Planning Inspectorate signs: "J E Tempest")
    rf"(?:[{_CAP}][\w'’-]+|(?![AI]\s)[A-Z](?=\s+(?:[A-Z]\s+)?[A-Z][a-z]))"
    # further words capitalised, or the particles of names: "Dit tekstvak mag ALLEEN worden"
    # (a template's instruction) is no name
    rf"(?:\s+(?:[À-Ý{_CAP}][\w'’.-]*|\([A-ZÀ-Ý][\w'’.-]*\)|van|de|der|den|ter|ten|te|von|du|le|la|'t|in|da|"
    r"dos|el|al|bin))"
    r"{0,4}$"
)


_INITIALS = re.compile(
    r"^(?:(?:dr|drs|mr|ir|ing|prof)(?:\.\s*|\s+))*[A-Z]\.(?:[A-Z]\.|-[A-Z]\.)*\s"
)


#: an office named by its title's last word, English style ("Freedom of Information Officer",
#: "Policy Analyst", "Director for Consumer Investments" is caught by ROLE)
_TITLE_LAST = re.compile(
    # (the fields listed before it: "Communications, Consultation and Information Manager")
    r"^(?:(?:[A-Z][\w&'’-]*,\s+){1,3}(?=(?:[A-Z][\w&'’-]*\s+){1,2}(?:and|&)\s))?"
    r"(?:[A-Z][\w&'’-]*\s+(?:(?:of|for|and|&)\s+)?){0,6}(?:Officer|Analyst|Manager|Counsel|"
    r"Coordinator|Specialist|Commissioner|Superintendent|Administrator|Adviser|Advisor|"
    r"Inspector|Registrar|Clerk|Attorney|Ombudsman|Controller|Comptroller|Treasurer|Auditor|"
    r"Director|"
    r"Secretary|President|Chair|Chairman|Chairwoman|Chairperson|Head|Governor|Mayor|"
    r"Ambassador|Representative|Rapporteur|Planner|Engineer|Architect|Surveyor|Economist|"
    r"Solicitor|Consultant|Supervisor|Investigator|Examiner|Decision Maker|Leader|Caseworker|"
    r"Case Worker|Adjudicator|Statistician|Accountant|Lawyer|Assessor|Handler|"
    # (the head of a unit, named after it: "Section Chief", "Branch Chief", "Bureau Chief")
    r"(?<=\w )Chief)"
    # (an office of the whole government: "Auditor General", "Comptroller General")
    r"(?:[\s-]General)?"
    # (what the office is for, and the agency's initials: "Executive Assistant State's
    # Attorney for Policy", "FOIA Officer, DMPED")
    r"(?:\s+(?:for|of)\s+(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:(?:and|of|the|&)\s+)?[A-Z][\w&'’-]*){0,4})?"
    r"(?:,\s+[A-Z]{2,10})?$"
)


def is_role(text: str) -> bool:
    text = text.strip()
    return bool(
        ROLE.match(text)
        or _TITLE_LAST.match(text.rstrip(","))
        # (set in capitals, two words: "FOIA OFFICER", "CITY CLERK"; longer lines in capitals
        # are headings as often: "SUPERVISORY POWERS OF THE INFORMATION COMMISSIONER")
        or (
            text.isupper()
            and len(text.split()) <= 2
            and _TITLE_LAST.match(text.rstrip(",").title())
        )
    )


def normalise_role(text: str) -> str:
    """``DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,`` -> ``Minister van Infrastructuur en Waterstaat``."""
    # (a colon after the office, before the name beside it: "Présidente :" / "Pauline Godat")
    role = re.sub(r"\s+", " ", text.strip().rstrip(",:").strip().rstrip(",").strip())
    # (the full stop closing the office under a gazette notice: "Secretary to the President.")
    role = re.sub(r"(?<=[a-z]{3})\.$", "", role)
    role = re.sub(
        r"^(?:de|het|the|le|la|der|die|il|lo|el|η|ο)\s+|^l['’]\s?", "", role, flags=re.IGNORECASE
    )
    letters = [c for c in role if c.isalpha()]
    if letters and sum(c.isupper() for c in letters) > 0.7 * len(letters):
        words = role.lower().split(" ")
        role = " ".join(
            w if (i and w in _SMALL) else "-".join(p[:1].upper() + p[1:] for p in w.split("-"))
            for i, w in enumerate(words)
        )
    return role[:1].upper() + role[1:]


def ministry_from_role(role: str | None) -> str | None:
    """``Minister van Defensie`` -> ``Ministerie van Defensie``."""
    if not role:
        return None
    match = re.match(r"^(?:Minister|Staatssecretaris)\s+(van|voor)\s+(.+)$", role)
    if not match:
        return None
    # ("De Minister van het Ministerie van Infrastructuur en Waterstaat, namens deze,")
    named = re.sub(r"^het\s+Ministerie\s+van\s+", "", match.group(2), flags=re.IGNORECASE)
    return f"Ministerie van {named}"


#: post-nominal letters after a name ("Kathleen Horn Gregory, MMC", "Jim McMahon, OBE")
#: (or in brackets: "Professor Michele Dougherty (CBE, FRS, FRAS)")
#: (several after one comma, "Kevin Guthrie, MA MEP")
_POSTNOMINAL_LIST = r"(?:,\s*(?:[A-Z]{2,5}|Esq\.|Jr\.|Sr\.|Ph\.\s?D\.?)(?:\s[A-Z]{2,5})*)+"
_POSTNOMINALS = re.compile(rf"{_POSTNOMINAL_LIST}$|\s*\([A-Z]{{2,6}}(?:,\s*[A-Z]{{2,6}})*\)$")


#: degrees and honours after a name without a comma ("Dr Sean O’Kelly BSc MB ChB MSc DCH
#: FRCA", "Martin Jones CBE"): capitals first and last, or a degree in mixed case
_DEGREES = re.compile(r"(?:\s+(?:[A-Z][A-Za-z]{0,4}[A-Z]|[BM](?:Sc|A|Eng|Phil|Ed)|Ph\.?D\.?))+$")


def looks_like_name(text: str) -> bool:
    text = _name_stop(_POSTNOMINALS.sub("", text.strip().rstrip(",")))
    if 2 <= len(text) <= 60 and bool(_NAME.match(text)) and not is_role(text):
        return True
    bare = _DEGREES.sub("", text)
    return (
        bare != text
        and len(bare.split()) >= 2
        and bool(_NAME.match(bare))
        and not is_role(bare)
        and len(bare) <= 60
    )


def _name_stop(text: str) -> str:
    """``text`` without the full stop a court's signature row prints after a surname in
    capitals ("S. DOMS."; an initial keeps its own, "Jan B.", and so does "Jr.")."""
    return text[:-1] if re.search(r"\b[A-ZÀ-Ý][A-ZÀ-Ý'’-]+\.$", text) else text


#: an office named with its article opens a signature of its own ("Le Secrétaire,")
_ARTICLE = re.compile(r"^(?:de|het|the|le|la|les|l['’]|der|die|das)\s*", re.IGNORECASE)


#: the words an office's second line opens with ("VOOR BUITENLANDSE HANDEL,", "EN WATERSTAAT,")
_JOINS_OFFICE = re.compile(
    r"^(?:van|voor|en|of|for|and|de|du|des|der|für|und|της|του|των|και)\b", re.IGNORECASE
)


def _name_under_office(office: str, text: str) -> bool:
    """A name in capitals under an office complete in itself ("Η ΑΝΑΠΛΗΡΩΤΡΙΑ ΥΠΟΥΡΓΟΣ" /
    "ΑΘΑΝΑΣΙΑ ΑΝΑΓΝΩΣΤΟΠΟΥΛΟΥ", "THE MINISTER" / "JOHN SMITH"), not the office's second line."""
    match = ROLE.match(office.strip())
    return (
        match is not None
        and match.end() == len(office.strip())
        and not text.rstrip().endswith(",")
        and not _JOINS_OFFICE.match(text.strip())
        and looks_like_name(text)
        # (the body the office belongs to: "CHAIRMAN" / "PERSONAL DATA PROTECTION COMMISSION")
        and not is_body_name(text)
        and not _UNIT_NOUN.match(text.strip().title())
    )


def merge_wrapped_roles(lines: list[str]) -> list[str]:
    merged: list[str] = []
    for text in (line if line == _BREAK else line.strip() for line in lines):
        if not text:
            continue
        if text == _BREAK:
            merged.append(text)
            continue
        prev = merged[-1] if merged else ""
        if (
            prev
            and prev.endswith(",")
            and (text[:1].islower() or not _ARTICLE.match(text))
            and is_role(text)
            and is_role(prev)
        ):
            # an office in apposition: "Le garde des sceaux," / "ministre de la justice,"
            merged[-1] = f"{prev} {text}"
            continue
        if (
            prev
            and is_role(prev)
            and not prev.endswith(",")
            and not is_role(text)
            and (
                (
                    text.isupper()
                    and not _name_under_office(prev, text)
                    # (a name in capitals under its title: "LA DIRIGENTE SCOLASTICA" /
                    # "DOTT.SSA ZANDONAI CELESTINA")
                    and not (_TITLED.match(text) and looks_like_name(text))
                )  # DE MINISTER VAN ... / ... EN WATERSTAAT,
                or text.endswith(",")  # De minister voor Buitenlandse Handel en / ...samenwerking,
                # (not a name with its title in lower case: "dott. Vincenzo Biancardi")
                or (text[:1].islower() and not looks_like_name(text))
                or re.search(r"\b(?:van|voor|en|der|de)$", prev, re.IGNORECASE) is not None
                # the unit after the office ("Directeur" / "Grond & Ontwikkeling"): no name
                or ("&" in text and len(text) <= 60)
            )
            and not _INITIALS.match(text)
            and not SIGNING.match(text)  # "namens deze, …" under the office is no part of it
        ):
            merged[-1] = f"{prev} {text}"
        else:
            merged.append(text)
    return merged


#: a capital the text layer set apart from the rest of its word ("Dr. Angela M erkel"); not
#: an initial before a particle ("A van Dijk")
_LETTER_APART = re.compile(
    r"\b([A-ZÀ-ÝÄÖÜ]) (?!(?:van|von|de|der|den|du|la|le|ter|ten|te|da|di|del|dos|zu)\b)"
    r"([a-zß-ÿ]{2,})\b"
)


#: the mark after a name that the original was signed in the signer's hand: Czech and Slovak
#: "v. r." (vlastní rukou), Croatian, Serbian and Slovene "m.p." (manu propria), Austrian
#: "e.h." (eigenhändig): "Viktor Kohout v. r."
_SIGNED_AFTER = re.compile(r",?\s+(?:v\.\s?r\.|m\.\s?p\.|e\.\s?h\.)$")


#: a line wholly in brackets: how Indian offices type the signer's name under the signature
_BRACKETED = re.compile(r"\(([^()]{3,60})\)")


def bracketed_name(text: str) -> str | None:
    """The signer's name typed in brackets under the signature, as Indian government papers
    print it ("(Radhe Shyam Singh)"), or ``None``."""
    bracketed = _BRACKETED.fullmatch(text.strip())
    inner = bracketed.group(1) if bracketed else ""
    return inner if len(inner) >= 5 and looks_like_name(inner) else None


@functools.lru_cache(maxsize=4096)  # asked of the same lines many times over
def _clean(text: str) -> str:
    """A signature line without the signed mark and the signing rule (``(s) X____`` -> ``X``),
    and a name printed in brackets under the signature as Indian offices print it (``(Sonali
    Sen Gupta)``) without its brackets."""
    text = _SIGNED_MARK.sub("", text.strip()).rstrip("_ ").strip()
    text = _SIGNED_AFTER.sub("", text)
    bracketed = _BRACKETED.fullmatch(text)
    text = bracketed.group(1).strip() if bracketed else text
    return _LETTER_APART.sub(r"\1\2", text)


def _pieces(text: str) -> list[tuple[str, bool]]:
    """The signatures on one line (``(s) A____  (s) B____`` when two columns were read as one
    line), cleaned, each with whether it carried a signed mark."""
    parts = re.split(r"_{3,}\s*|\s{2,}(?=\(s\)|w\.g\.)", text.strip())
    return [
        (_clean(part), bool(_SIGNED_MARK.match(part.strip()))) for part in parts if _clean(part)
    ]


def _inline_pairs(text: str) -> list[str] | None:
    """``voorzitter, A.P. Heidema secretaris, N. Versteeg`` -> role, name, role, name; ``None``
    when the line is not made of role-comma-name pairs only."""
    matches = list(_ROLE_COMMA.finditer(text))
    if not matches or matches[0].start() != 0:
        # the name first: "CHRISTOPHER M. WOLPERT, Clerk"
        # (post-nominal letters stay with the name: "Kathleen Horn Gregory, MMC, City Clerk")
        # (or set apart by a bar: "Kevin Guthrie, MA MEP | Executive Director")
        named = re.match(
            rf"^(?P<name>[^,|]{{4,60}}(?:{_POSTNOMINAL_LIST})?)(?:,\s+|\s*\|\s*)"
            rf"(?P<role>[^,|]{{3,80}})$",
            text.strip(),
        )
        if named and is_role(named.group("role")) and looks_like_name(named.group("name")):
            return [named.group("name"), named.group("role")]
        return None
    out: list[str] = []
    for match, following in zip(matches, [*matches[1:], None], strict=True):
        name = text[match.end() : following.start() if following else len(text)].strip()
        if not looks_like_name(name):
            return None
        out += [match.group(1), name]
    return out


def _same_person(first: str, second: str) -> bool:
    """``Audrey Senécal`` and ``Me Audrey Senécal``: a signed mark and the printed name (its
    accents left out as a signature stamp may: ``Abel Guillen`` and ``Abel Guillén``)."""
    a, b = _unaccented(first).lower().split(), _unaccented(second).lower().split()
    return bool(a and b) and a[-1] == b[-1] and (set(a) <= set(b) or set(b) <= set(a))


def drawn_name(text: str, name: str) -> bool:
    """Whether ``text`` is the name under it as a drawn signature's text layer holds it, in one
    word: initials and surname run together ("CKuzimski" over "Clare Kuzimski")."""
    token = _unaccented(text.strip()).lower()
    words = _unaccented(name.strip()).lower().replace(".", " ").split()
    if " " in token or len(words) < 2 or not looks_like_name(name):
        return False
    initials = "".join(word[0] for word in words[:-1])
    return token in (initials + words[-1], words[0][0] + words[-1])


def _unaccented(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def _signing_body(text: str, following: str, previous: str = "") -> bool:
    """``Gedeputeerde Staten van Overijssel,`` before ``voorzitter, …``: the body on whose behalf
    the office on the next line signs (or the official named by initials, or who signs on its
    behalf: ``Autoriteit Persoonsgegevens,`` / ``mr. A. Wolfsen``, ``… ,`` / ``namens deze,``)."""
    return (
        text.endswith(",")
        and not is_role(text)
        and (
            is_role(following)
            or bool(_ON_BEHALF.match(following))
            or bool(_INITIALS.match(following))
        )
        and not re.search(r"\b[A-Z]\.\s", text)  # a person's name: "Marcia M. Waldron,"
        # (nor the end of an office wrapped over two lines: "De minister voor Buitenlandse
        # Handel en" / "Ontwikkelingssamenwerking,")
        and not (is_role(previous) and not previous.rstrip().endswith(","))
    )


def signed_by_office(texts: Sequence[str]) -> bool:
    """Whether a signing body or formula is followed by an office somewhere in ``texts``
    (``Gedeputeerde Staten van Overijssel,`` / ``voorzitter, A.P. Heidema``): a document signed
    by its sender, with or without a salutation."""
    for text, following in pairwise(t.strip() for t in texts):
        if _signing_body(text, following) or (
            SIGNING.match(text) and not is_role(text) and is_role(following)
        ):
            return True
        # (a signed mark over the signer's office: "Sgd/ S. Alokabandara" / "Secretary"; or,
        # in Indian government papers, the name typed in brackets under the signature:
        # "(Radhe Shyam Singh)" / "Under Secretary to the Govt. of India")
        mark = _SIGNED_MARK.match(text)
        if mark and looks_like_name(text[mark.end() :]) and is_role(following):
            return True
        if bracketed_name(text) is not None and is_role(following):
            return True
    return False


#: signing on behalf of the office named on the line before: "De Minister van X," /
#: "namens deze," / the signer's name and own office
_ON_BEHALF = re.compile(
    r"^(?:namens\s+(?:deze|dezen|hen|het\s+college)|voor\s+deze|for\s+the\s+minister|"
    r"on\s+behalf\s+of|(?:et\s+)?par\s+délégation|im\s+auftrag|i\.\s?a\.)(?!\w)[,:]?",
    re.I,
)
#: a Wob/Woo redaction ground printed where text was blacked out ("10.2.e", "5.1.2e")
_REDACTION = re.compile(r"^\d{1,2}(?:\.\d{1,2}){1,2}\.?\s?[a-z]?$")


def on_behalf(lines: Sequence[str]) -> bool:
    """Whether a signature block signs on an office's behalf (``namens deze,``)."""
    return any(_ON_BEHALF.match(line.strip()) for line in lines)


def _unit_line(text: str) -> bool:
    """A line naming the unit or agency under a signer's office (``Rijksdienst voor Ondernemend
    Nederland``): capitalised, short, no sentence, no name."""
    text = text.strip()
    return (
        text[:1].isupper()
        and len(text) <= 80
        and not text.endswith(".")
        and not looks_like_name(text)
        and not _REDACTION.match(text)
        and sum(c.isalpha() for c in text) >= 0.7 * len(text.replace(" ", ""))
    )


def _on_behalf_apart(lines: Sequence[str]) -> list[str]:
    """``namens deze, de Directeur-Generaal …`` on one line -> the formula and the office."""
    out: list[str] = []
    for line in lines:
        match = _ON_BEHALF.match(line.strip())
        rest = line.strip()[match.end() :].strip() if match else ""
        out += [line.strip()[: match.end()], rest] if match and rest else [line]
    return out


#: an office named inside a line under a signer's name (not at its start)
_OFFICE_IN = re.compile(rf"(?:\b(?:and|en|et|und)\s+|,\s*)(?:{_OFFICES})\b", re.IGNORECASE)
#: an office after a word or two that qualify it ("National Director Regulation and Social
#: Care, Ofsted", "Regional Director for …")
_QUALIFIED_OFFICE = re.compile(rf"^(?:[A-Z][\w’'-]*\s+){{1,2}}(?:{_OFFICES})\b", re.IGNORECASE)


def _names_an_office(text: str) -> bool:
    """A line under a signer's name that names an office inside it ("Government Transparency
    Board and Chair …") or after words that qualify it ("National Director Regulation …")."""
    return bool(_OFFICE_IN.search(text) or _QUALIFIED_OFFICE.match(text))


#: "For" alone between a signature and the name of the official it was signed for
_FOR_PRINCIPAL = re.compile(r"^(?:For|Pour|Für|i\.o\.|p\.p\.|pp)$", re.IGNORECASE)
#: where a signing formula stood between two signatures ("MANUEL VALLS" / "Par le Premier
#: ministre :" / "Le ministre des finances," / "MICHEL SAPIN"): a name before it is signed alone
_BREAK = "\x00"


#: a military rank and service under an officer's name ("Vice Admiral, USN", "Lieutenant
#: General, U.S. Army"): the name's qualifier, no office (the office follows: "Director, Joint
#: Staff")
_RANK = re.compile(
    r"^(?:(?:Vice|Rear|Fleet)\s+Admiral|Admiral|(?:Lieutenant|Major|Brigadier)\s+General|"
    r"General|(?:Lieutenant\s+)?Colonel|Commodore|Captain|Commander)\s*,\s*"
    r"(?:US[AN]?F?|USMC|USCG|USSF|U\.\s?S\.\s+(?:Army|Navy|Air\s+Force|Marine\s+Corps|"
    r"Coast\s+Guard|Space\s+Force))$"
)


def _prepared(lines: Sequence[str]) -> list[str]:
    """Signature lines cleaned, side-by-side pairs split, and the lines that only frame the
    signatures dropped: the signing formula, the signing body (``Gedeputeerde Staten van
    Overijssel,`` before a role) and a signed mark (``(s) Name``) whose name is printed again."""
    pieces = [piece for line in _on_behalf_apart(lines) for piece in _pieces(line)]
    printed = [text for text, marked in pieces if not marked]
    out: list[str] = []
    for index, (text, marked) in enumerate(pieces):
        if _FOR_PRINCIPAL.match(text):
            break  # signed for someone else: who follows is the principal, not a signer
        if SIGNING.match(text) and not is_role(text):
            if out:
                out.append(_BREAK)  # a formula between signatures ends the one before it
            continue
        if index + 1 < len(pieces) and _ON_BEHALF.match(pieces[index + 1][0]) and is_role(text):
            continue  # the office on whose behalf the signer signs: the signer's own counts
        if _REDACTION.match(text) or _RANK.match(text):
            continue
        if index + 1 < len(pieces) and drawn_name(text, pieces[index + 1][0]):
            continue  # the drawn signature of the name typed under it
        if marked and any(_same_person(text, other) for other in printed):
            continue
        following = pieces[index + 1][0] if index + 1 < len(pieces) else ""
        if _signing_body(text, following, pieces[index - 1][0] if index else ""):
            continue  # the body on whose behalf the next role signs
        pairs = _inline_pairs(text)
        if pairs and len(pairs) == 2 and out and _same_person(out[-1], pairs[0]):
            out.pop()  # the name drawn or stamped over the signature, printed again with the office
        elif (
            pairs
            and len(pairs) == 2
            and out
            and looks_like_name(out[-1])
            and not (len(out) > 1 and is_role(out[-2]))  # a name that has its office
            and "." not in pairs[1]  # "voorzitter, A.P. Heidema": an office and a name
        ):
            # under a name, "office, further office" is the name's office in full
            # ("Thomas D. Robinson" / "Chairperson, Presidential Appointee")
            pairs = None
        out.extend(pairs or [text])
    return out


def parse_signatories(lines: list[str]) -> list[Signatory]:
    """Signatories from the lines of a signature block (roles and names, either order)."""
    found: list[Signatory] = []
    role: str | None = None
    name: str | None = None
    unit: list[str] = []  # the lines naming the unit under a role no name follows
    name_first = False  # the last signatory was read name first, its office under it
    units_run: str | None = None  # the office the unit lines under it are being added to
    for text in merge_wrapped_roles(_prepared(lines)):
        if text == _BREAK:
            if name is not None:
                found.append(Signatory(role=role, name=name))
                name = role = None
            continue
        if is_role(text):
            if name is not None:  # name first, then role
                found.append(Signatory(role=normalise_role(text), name=name))
                name = None
                name_first = True
            elif (
                name_first
                and role is None
                and found
                and found[-1].role
                and not unit
                # (not the office of the one an office serves: "Chief of Staff to Hon Jackie
                # Jarvis MLC" / "Minister for Agriculture and Food")
                and not re.search(r"\bto\b", found[-1].role)
            ):
                # a second office under a name read name first: the same signer holds both
                # ("Michelle Skeer" / "HM Inspector of Constabulary" / "HM Inspector of Fire
                # & Rescue Services" / "Martin Jones" / …), not the next name's; an office
                # wrapped after its slash is one ("Assistant City Manager/" / "Chief …")
                last = found[-1]
                joint = "" if (last.role or "").endswith("/") else ", "
                found[-1] = Signatory(
                    role=f"{last.role}{joint}{normalise_role(text)}", name=last.name
                )
            else:
                role = normalise_role(text)
                unit = []
        elif role is not None and name is None and _unit_line(text) and len(unit) < 2:
            unit.append(text.rstrip(","))
        elif (
            found
            and name is None
            and role is None
            and (_UNIT_NOUN.match(text.strip()) or is_body_name(text))
        ):
            # the unit of the office just read ("… Consultant" / "… Division"); an office of
            # one word names nothing without it ("Cecilia Blye, Chief" / "Office of Global
            # Security Risk"): there it is part of the role
            last = found[-1]
            if last.role and (
                len(last.role.split()) == 1
                or _GENERIC_HEAD.fullmatch(last.role)
                or (units_run is not None and last.role == units_run)
            ):
                # (... nor does the head of a unit named by its type, "Section Chief" /
                # "Record/Information Dissemination Section" / "Information Management
                # Division": the units under it, one per line, are its)
                found[-1] = Signatory(role=f"{last.role}, {text.strip()}", name=last.name)
                units_run = found[-1].role
        elif found and name is None and role is None and _QUALIFIER.match(text.strip()):
            # the office held for the time being, on a line of its own under it ("(Acting)")
            last = found[-1]
            if last.role:
                qualifier = text.strip().strip("()")
                found[-1] = Signatory(role=f"{last.role} ({qualifier})", name=last.name)
        elif (
            name is not None
            and role is None
            and not found
            and _UNIT_NOUN.match(text.strip().rstrip(","))
            and not is_body_name(text.rstrip(","))
        ):
            # the signer's unit under the name, no office printed ("Cath Cryer" / "Democratic
            # Services"): where the signer signs from
            found.append(Signatory(role=text.strip().rstrip(","), name=name))
            name = None
        elif (
            name is not None
            and role is None
            and not looks_like_name(text)
            and _names_an_office(text)
        ):
            # the signer's offices under the name, named inside the line ("Government
            # Transparency Board and Chair Local Public Data Panel")
            found.append(Signatory(role=normalise_role(text), name=name))
            name = None
        elif name is None and role is None and is_body_name(text.rstrip(",")):
            continue  # the body that signs through its officer ("Autoriteit Persoonsgegevens"
            # / "Voor deze," / the director): no person
        elif looks_like_name(text):
            if role is not None:
                found.append(Signatory(role=role, name=_name_stop(text.rstrip(","))))
                role = None
            else:
                if name is not None and not _same_person(name, text.rstrip(",")):
                    found.append(Signatory(role=None, name=name))
                name = _name_stop(text.rstrip(","))
    if name is not None:
        found.append(Signatory(role=role, name=name))
    elif role is not None and found and found[-1].name and _FOR_OFFICE.search(found[-1].role or ""):
        # the official who signs for an office, the official's own office under the name ("De
        # Minister van …, namens deze," / "Dhr. C.J. van der Valk" / "Wnd. Directeur FEZ"):
        # the signer's office is the own one
        found[-1] = Signatory(role=role, name=found[-1].name)
    elif role is not None and not found and (on_behalf(lines) or any(map(_signed_note, lines))):
        # signed on an office's behalf by an official whose office alone is printed (the
        # signature drawn, the name redacted): "namens deze:" / "Teammanager …" / the agency;
        # or signed electronically by the office ("[Decision signed electronically]" / "Case
        # Handler of the Transparency Office")
        found.append(Signatory(role=" ".join([role, *unit]), name=None))
    unique: list[Signatory] = []
    for signatory in found:
        if signatory not in unique:
            unique.append(signatory)
    return unique


@dataclass(frozen=True)
class Placed:
    """A line of a PDF page as the signature finder needs it."""

    text: str
    page: int
    x0: float
    y0: float
    #: the right edge, where the reader knows it (a row of names read as one line is cut by it)
    x1: float | None = None


#: columns of signatures set side by side stand at least this far apart (pt)
_COLUMN_GAP = 100.0


def _centre(line: Placed) -> float:
    return (line.x0 + line.x1) / 2 if line.x1 is not None else line.x0


def _split_rows(lines: Sequence[Placed]) -> list[Placed]:
    """A row of names the text layer read as one line ("Tine A. Larsen Thierry Lallemang
    Christophe Buschmann Marc Lemmer") over a row of offices set apart ("Présidente" /
    "Commissaire" …): the names line cut where the offices' columns meet, each piece placed over
    its office (the cut falls on the space nearest to the proportional position)."""
    out: list[Placed] = []
    for line in lines:
        row = [
            other
            for other in lines
            if other is not line
            and other.page == line.page
            and 0 < line.y0 - other.y0 < 40
            and is_role(_clean(other.text))
        ]
        below = min((line.y0 - other.y0 for other in row), default=0.0)
        row = sorted(
            (other for other in row if abs(line.y0 - other.y0 - below) < 2),
            key=lambda other: other.x0,
        )
        centres = [_centre(other) for other in row]
        if (
            line.x1 is None
            or len(row) < 2
            or is_role(_clean(line.text))
            or any(b - a < _COLUMN_GAP for a, b in pairwise(centres))
            or not all(line.x0 - 30 <= c <= line.x1 + 30 for c in centres)
            or line.text.count(" ") < 2 * len(row) - 1
        ):
            out.append(line)
            continue
        text, width = line.text, max(line.x1 - line.x0, 1.0)
        spaces = [i for i, c in enumerate(text) if c == " "]
        cuts: list[int] = []
        for a, b in pairwise(centres):
            at = ((a + b) / 2 - line.x0) / width * len(text)
            cuts.append(min(spaces, key=lambda i: abs(i - at)))
        bounds = [0, *sorted(set(cuts)), len(text)]
        pieces = [text[a:b].strip() for a, b in pairwise(bounds)]
        if len(pieces) != len(row) or not all(looks_like_name(piece) for piece in pieces):
            out.append(line)
            continue
        out += [
            Placed(piece, line.page, other.x0, line.y0, other.x1)
            for piece, other in zip(pieces, row, strict=True)
        ]
    return out


def column_order(lines: Sequence[Placed]) -> list[str]:
    """Signature lines in reading order; signatures set side by side (a table in Word) are read
    column by column, so each role stays with its own name."""
    lines = _split_rows(lines)
    xs = sorted({round(line.x0) for line in lines})
    if not xs or xs[-1] - xs[0] < 120:
        return [line.text for line in lines]
    # the columns' left edges: a new column where the next edge is far from the last
    starts = [xs[0]] + [b for a, b in pairwise(xs) if b - a >= _COLUMN_GAP]

    def column(line: Placed) -> int:
        return sum(line.x0 >= start - 20 for start in starts)

    # side by side means on the same rows; signatures stacked one under the other, left and
    # right in turn (the French Official Journal's), are read as they stand
    if not any(
        a.page == b.page and abs(a.y0 - b.y0) < 3 and column(a) != column(b)
        for a, b in combinations(lines, 2)
    ):
        return [line.text for line in lines]
    ordered = sorted(lines, key=lambda line: (line.page, column(line), -line.y0))
    return [line.text for line in ordered]


#: a note that the document is approved without a handwritten signature, standing in the
#: signature block in place of one ("Dit besluit is geaccordeerd in een digitale omgeving, en is
#: om die reden niet ondertekend", "This letter has been approved electronically and is not
#: signed")
_UNSIGNED_NOTE = re.compile(
    r"\b(?:niet (?:\w+ )?ondertekend|niet voorzien van een (?:\w+ )?handtekening|"
    r"(?:is|has been) (?:approved|signed) electronically|(?:is )?not (?:been )?(?:physically )?"
    r"signed|sans signature manuscrite|nicht unterschrieben|ohne Unterschrift gültig)\b",
    re.IGNORECASE,
)


#: the word a note in brackets says the document was signed with (see :func:`_signed_note`)
_SIGNED_NOTE = re.compile(r"\bsigned\b|\bsigné\b|\bgetekend\b|\bunterzeichnet\b", re.I)


def _signed_note(text: str) -> bool:
    """A note in brackets that the document was signed, electronically or on paper, where the
    name would stand ("[Decision signed electronically]", "[signed]")."""
    text = text.strip()
    return text.startswith(("[", "(")) and bool(_SIGNED_NOTE.search(text))


def bracketed_note(text: str) -> bool:
    """A note in brackets standing in a signature block ("[Deze brief is niet voorzien van een
    handtekening …]"), or one saying without brackets that the document is approved unsigned
    ("Dit besluit is geaccordeerd in een digitale omgeving, en is om die reden niet
    ondertekend")."""
    text = text.strip()
    return (text.startswith("[") and text.endswith("]")) or (
        len(text) <= 200 and _UNSIGNED_NOTE.search(text) is not None
    )


def signature_like(text: str) -> bool:
    """A line that can stand in a signature block: a role, a name of two words or more, a
    role-comma-name pair, a signing formula, a signed mark or its rule alone."""
    pieces = _pieces(text)
    if len(pieces) > 1:
        return all(signature_like(piece) for piece, _ in pieces)
    text = pieces[0][0] if pieces else ""
    if not text:
        return True
    if len(text) > 90:
        return False
    if (
        is_role(text)
        or SIGNING.match(text)
        or _inline_pairs(text)
        or _BODY.match(text)
        or _ON_BEHALF.match(text)  # "Voor deze," under the body that signs
        or _REDACTION.match(text)  # a signature blacked out under a Wob/Woo ground
    ):
        return True
    name = text.rstrip(",")
    # (a name in capitals only with an initial, "AILEEN M. CANNON", or under its title,
    # "DOTT.SSA ZANDONAI CELESTINA"; else a heading)
    capitals = name.isupper() and not re.search(r"\b[A-Z]\.\s", name) and not _TITLED.match(name)
    return looks_like_name(name) and len(name.split()) >= 2 and not capitals


#: an office signed for by someone else, as the role line says ("…, namens deze", "…, voor
#: deze", "on behalf of …", "für den …", "pour le …, par délégation")
_FOR_OFFICE = re.compile(
    r"\b(?:namens|voor) deze\b|\bon behalf of\b|\bpar délégation\b|\bIm Auftrag\b",
    re.IGNORECASE,
)
#: the head of a unit named by the unit's type alone ("Section Chief", "Branch Chief")
_GENERIC_HEAD = re.compile(
    r"(?:Section|Branch|Division|Unit|Bureau|Team|Office)\s+(?:Chief|Head|Director|Manager)"
)
#: an office held for the time being, in brackets on a line of its own
_QUALIFIER = re.compile(r"^\(?(?:Acting|Interim|Temporary|Designate|a\.\s?i\.)\)?$", re.IGNORECASE)
#: the unit an office belongs to, named on a line of its own under the signer's name and
#: office ("Operations and Administration Branch", "School Fiscal Services Division")
_UNIT_NOUN = re.compile(
    # (its words listed with a comma: "Consumer Protection, Weights & Measures Division"; a
    # slash between them: "Record/Information Dissemination Section")
    r"^[A-Z][\w&'’/-]*,?(?:\s+(?:and|of|for|&|[A-Z][\w&'’/-]*,?)){0,7}\s+"
    r"(?:Office|Division|Branch|Section|Unit|Department|Bureau|Directorate|Services?|Command|"
    r"Team|Group|Centre|Center|Programme|Program|"
    # (a unit named by its function: "Information Management", "Legal Affairs")
    r"Management|Affairs|Resources|Operations|Communications|Compliance|Governance|"
    r"Enforcement|Administration)$|"
    # ... or named after it ("Office of Global Security Risk", "Division of Corporation Finance")
    r"^(?:Office|Division|Branch|Section|Unit|Department|Bureau|Directorate)\s+(?:of|for)\s+"
    r"(?:the\s+)?[A-Z][\w&'’-]*(?:\s+(?:and|of|for|the|&|[A-Z][\w&'’-]*)){0,7}$"
)


def signature_block_like(texts: Sequence[str], under_office: bool = False) -> bool:
    """Lines that can all stand in one signature block (:func:`signature_like`), a name alone
    being enough right under a signing formula ("Im Auftrag" / "Haselbeck": a German official
    signs with the surname), or, with ``under_office`` (the lines of one paragraph), right
    under an office ("Der Bundespräsident" / "Steinmeier")."""
    return all(
        signature_like(text)
        # (a drawn signature over the typed name: "CKuzimski" / "Clare Kuzimski")
        or (index + 1 < len(texts) and drawn_name(text, texts[index + 1]))
        or (
            index > 0
            and (
                bool(SIGNING.match(texts[index - 1]))
                or (under_office and is_role(texts[index - 1]))
            )
            and looks_like_name(text)
        )
        # (the office held for the time being, under it: "(Acting)")
        or (index > 0 and bool(_QUALIFIER.match(text.strip())) and is_role(texts[index - 1]))
        # (an office named after words that qualify it, under its holder's name: "Yvette
        # Stanley" / "National Director Regulation and Social Care, Ofsted")
        or (
            index > 0
            and looks_like_name(texts[index - 1])
            and len(text) <= 90
            and _names_an_office(text)
        )
        # (the office's unit under a name and office: "Abel Guillén, Deputy Superintendent" /
        # "Operations and Administration Branch")
        or (
            index > 0
            and bool(_UNIT_NOUN.match(text.strip()))
            and any(_inline_pairs(t) or is_role(t) for t in texts[:index])
        )
        for index, text in enumerate(texts)
    )


def _signed_in_capitals(lines: Sequence[Placed], taken: Sequence[Placed], opened: bool) -> bool:
    """Signature lines whose names are set in capitals (``MANUEL VALLS``, the French Official
    Journal's small capitals), taken where a name must follow: straight under the signing
    formula, or under an office ending in a comma (``Le ministre des finances`` / ``et des
    comptes publics,`` / ``MICHEL SAPIN``). A line in capitals elsewhere is a heading."""
    above = merge_wrapped_roles([_clean(line.text) for line in taken])
    before = (above[-1] if above else "") if taken else None
    for text in merge_wrapped_roles([_clean(line.text) for line in lines]):
        capitals = text.isupper() and looks_like_name(text) and len(text.split()) >= 2
        if capitals and (
            (before is None and opened)
            or (before is not None and is_role(before) and before.endswith(","))
        ):
            before = text
            continue
        if not signature_like(text):
            return False
        before = text
    return True


def _grid_rows(lines: Sequence[Placed]) -> list[list[Placed]] | None:
    """Signatures side by side as rows: offices over their names ("La Maire," | "Le Secrétaire
    de séance" / "Anne-Sophie GUICHET" | "Fabrice BERJONNEAU") or names over their offices,
    with at most two more rows of short lines under them (each signer's organisation, the date
    signed: "Digital Transformation Agency" | "Australian Information Industry Association" /
    "13 / 03 / 2018" | "13 / 03 / 2018"); ``None`` when the lines are no such grid."""
    rows: list[list[Placed]] = []
    for line in sorted(lines, key=lambda line: -line.y0):
        if rows and abs(rows[-1][0].y0 - line.y0) < 3:
            rows[-1].append(line)
        else:
            rows.append([line])
    if not 2 <= len(rows) <= 4 or not 2 <= len(rows[0]) <= 4:
        return _staggered_rows(lines)
    if any(len(row) != len(rows[0]) for row in rows):
        return _staggered_rows(lines)
    if any(len(line.text.strip()) > 60 for row in rows[2:] for line in row):
        return None
    return rows if _offices_and_names(rows) else None


def _offices_and_names(rows: list[list[Placed]]) -> bool:
    """Whether the first two rows are offices over names, or names over offices ("Sally
    Dollé" | "Françoise Tulkens" / "Registrar" | "President")."""
    roles = [all(is_role(_clean(line.text)) for line in row) for row in rows[:2]]
    names = [all(looks_like_name(_clean(line.text)) for line in row) for row in rows[:2]]
    return (roles[0] and names[1]) or (names[0] and roles[1])


def _staggered_rows(lines: Sequence[Placed]) -> list[list[Placed]] | None:
    """Two to four signatures side by side, each a name over its office (or an office over its
    name) in a column of its own, the columns set a line apart ("Diana Olsson" / "Kommundirektör"
    on the left, "Elise Andersson" / "Ekonom" a line lower on the right): the rows as
    :func:`_grid_rows` gives them, first lines then second lines, or ``None``."""
    columns: list[list[Placed]] = []
    for line in sorted(lines, key=lambda line: line.x0):
        if columns and line.x0 - columns[-1][0].x0 < _COLUMN_GAP:
            columns[-1].append(line)
        else:
            columns.append([line])
    if not 2 <= len(columns) <= 4 or any(len(column) != 2 for column in columns):
        return None
    for column in columns:
        column.sort(key=lambda line: -line.y0)
    # (side by side: each column's name stands no lower than the other columns' offices)
    if max(column[0].y0 for column in columns) - min(column[0].y0 for column in columns) > 20:
        return None
    rows = [[column[0] for column in columns], [column[1] for column in columns]]
    return rows if _offices_and_names(rows) else None


def _offices_over_names(lines: Sequence[Placed]) -> bool:
    """Lines in two rows only, offices side by side over their names or names over their
    offices, read as one paragraph (:func:`_grid_rows`)."""
    rows = _grid_rows(lines)
    return rows is not None and len(rows) == 2


def _grid_end(
    paras: Sequence[Sequence[Placed]], index: int
) -> tuple[int, list[list[Placed]]] | None:
    """Where a grid of signatures that starts at paragraph ``index`` ends: two to six short
    paragraphs on one page that together hold offices side by side over their names, or names
    over their offices (two ministers under a foreword, "Mathias Cormann" / "Minister for
    Finance" | "Malcolm Turnbull" / "Minister for Communications", each column read apart)."""
    # (a grid has a row of two lines or more on one baseline: none in reach, no grid; a cheap
    # first look, asked of every paragraph)
    heights = sorted((line.page, line.y0) for para in paras[index : index + 6] for line in para)
    if not any(
        page == next_page and lower - higher < 3
        for (page, higher), (next_page, lower) in pairwise(heights)
    ):
        return None
    for end in range(index + 2, min(index + 6, len(paras)) + 1):
        lines = [line for para in paras[index:end] for line in para]
        if not lines or len(lines) > 16 or len({line.page for line in lines}) > 1:
            return None
        rows = _grid_rows(lines)
        if rows is not None and (end == len(paras) or _grid_rows(lines + list(paras[end])) is None):
            return end, rows  # (the grid with all its rows)
    return None


def _officer_in_capitals(lines: Sequence[Placed]) -> bool:
    """A block of its own, aligned on one edge: a name in capitals over the office (a rank and
    service between them: "WILLIAM E. GORTNEY" / "Vice Admiral, USN" / "Director, Joint
    Staff"), the way US federal issuances are signed, with no closing formula above it."""
    texts = [_clean(line.text) for line in lines]
    if not 2 <= len(texts) <= 3 or any(abs(line.x0 - lines[0].x0) > 3 for line in lines):
        return False
    name, *rest = texts
    if len(rest) == 2 and _RANK.match(rest[0]):
        rest = rest[1:]
    return (
        len(rest) == 1
        and name.isupper()
        and looks_like_name(name)
        and not is_role(name)
        and is_role(rest[0])
        and len(rest[0]) <= 60
    )


def _name_over_office(lines: Sequence[Placed]) -> bool:
    """Two lines set on one left edge: a name over an office ("J E Tempest" / "INSPECTOR")."""
    texts = [_clean(line.text) for line in lines]
    return (
        len(texts) == 2
        and abs(lines[0].x0 - lines[1].x0) <= 3
        and looks_like_name(texts[0])
        and not is_role(texts[0])
        and is_role(texts[1])
        and len(texts[1]) <= 60
        and not texts[1].endswith((".", ";"))
    )


def _marked_signed(lines: Sequence[Placed]) -> bool:
    """A block opening with the mark that the original was signed over the signer's name, an
    office under it ("Sgd/. S. Alokabandara" / "Secretary" / the ministry), no formula above."""
    texts = [_clean(line.text) for line in lines]
    return (
        2 <= len(texts) <= 6
        and _SIGNED_MARK.match(lines[0].text.strip()) is not None
        and looks_like_name(texts[0])
        and is_role(texts[1])
        and all(len(text) <= 60 for text in texts)
    )


#: a publication's credits in its colophon, who answers for it, not who signs it
#: ("Directeur de la publication :", "Rédactrice en chef :", "Verantwoordelijke uitgever",
#: "V.i.S.d.P.")
_PUBLICATION_CREDIT = re.compile(
    r"\b(?:de (?:la )?publication|en chef|uitgever|Herausgeber(?:in)?|V\.\s?i\.\s?S\.\s?d\.\s?P|"
    r"Editor(?:-in-Chief)?|Publisher)\b",
    re.IGNORECASE,
)


def _officers_alone(texts: list[str]) -> bool:
    """Lines that are offices ending in a comma, each followed by a name, and nothing else."""
    if not 2 <= len(texts) <= 6 or len(texts) % 2:
        return False
    pairs = list(zip(texts[::2], texts[1::2], strict=True))
    return all(
        is_role(role) and role.endswith(",") and looks_like_name(name) for role, name in pairs
    )


#: the heading of a list of people with their offices that sign nothing: a publication's
#: editorial board or colophon, a parliament's officers ("EDITORIAL BOARD" / "Utpal Kumar
#: Singh" / "Secretary General"; "OFFICERS OF LOK SABHA" / "THE SPEAKER" / "Shri Om Birla")
_CREDITS = re.compile(
    r"^(?:editorial\s+(?:board|team|committee)|board\s+of\s+editors|editors?|redactie|"
    r"redaktion|colo[fp]h?on|impressum|credits|project\s*team|projectteam|auteurs?|authors?|"
    r"contributors|comité\s+de\s+rédaction|rédaction|office[- ]bearers|"
    r"(?:principal\s+)?officers\s+of\b.{0,60}|panel\s+of\b.{0,40}|members\s+of\s+the\b.{0,60})"
    r"\s*:?$",
    re.IGNORECASE,
)


def _credited(paras: Sequence[Sequence[Placed]], index: int) -> bool:
    """Whether the block at ``index`` stands in a list of names and offices under a credits
    heading on its page (nothing but short lines between them, no sentence)."""
    page = paras[index][0].page if paras[index] else None
    for back in range(index - 1, max(index - 25, -1), -1):
        para = paras[back]
        if not para or para[0].page != page:
            return False
        text = " ".join(_clean(line.text) for line in para)
        if _CREDITS.match(text):
            return True
        # (names, offices and the list's own headings between: short lines, no sentence)
        if not all(
            len(line.text.strip()) <= 60 and not re.search(r"[a-z]{3}[.;]$", line.text.strip())
            for line in para
        ):
            return False
    return False


def signature_spans(
    paras: Sequence[Sequence[Placed]], with_anchor: bool = False
) -> list[tuple[int, int, list[Signatory]]]:
    """Signature blocks anywhere in a document: after a paragraph that ends in a signing formula
    (or a signing body such as ``Gedeputeerde Staten van Overijssel,``), the paragraphs of
    signature-like lines on the same page that hold at least one role and one name. Each span is
    ``(first, end, signatories)`` over paragraph indices, ``first`` the paragraph after the
    formula; with ``with_anchor``, a block that signs without a formula (offices over their
    names, "De minister voor …," / "namens deze,") is the span's first paragraph itself. A
    signature is never a heading."""
    spans: list[tuple[int, int, list[Signatory]]] = []
    index = 0
    while index < len(paras):
        grid = _grid_end(paras, index)
        if grid is not None:
            # names over offices side by side, each column laid out as paragraphs of its own
            # (the rows under them, organisations and dates, sign no one)
            end, rows = grid
            lines = [line for row in rows[:2] for line in row]
            if not _credited(paras, index):
                spans.append((index, end, parse_signatories(column_order(lines))))
            index = end
            continue
        anchor = paras[index]
        last = _clean(anchor[-1].text) if anchor else ""
        # the document's last block: the mark that the original was signed and its signer's
        # name, no office printed ("(Signed) António Guterres", as the UN circulates a letter)
        marked_alone = (
            index == len(paras) - 1
            and len(anchor) == 1
            and _SIGNED_MARK.match(anchor[0].text.strip()) is not None
            and looks_like_name(last)
            and len(last) <= 60
        )
        # a formula, or a signing body ("Het college van burgemeester en wethouders X,") alone
        # or under a formula ("Vastgesteld in de vergadering gehouden op …")
        # ... or a block of its own that signs on an office's behalf ("De minister voor …," /
        # "namens deze," / "de directeur van …,"), with no closing formula before it
        behalf = (
            (
                any(_ON_BEHALF.match(_clean(ln.text)) for ln in anchor)
                and all(signature_like(ln.text) for ln in anchor)
            )
            or _officers_alone([_clean(ln.text) for ln in anchor])
            or _offices_over_names(anchor)
            or _officer_in_capitals(anchor)
            or _marked_signed(anchor)
            or marked_alone
            # (the document's last block: a name over its office, "J E Tempest" / "INSPECTOR",
            # as an inspector or a judge signs a decision without a formula)
            or (index == len(paras) - 1 and _name_over_office(anchor))
        )
        # offices side by side on one row with their names on the row under it ("de griffier,"
        # "de voorzitter," / "drs. T.W. Zwemmer" "drs. R. Wever"), no formula above them
        following = paras[index + 1] if index + 1 < len(paras) else []
        # (an office in apposition over two lines is one: "Le Ministre de la Formation
        # Professionnelle," / "Porte-Parole du Gouvernement")
        # (under the body that signs: "Het college van burgemeester en wethouders," / "de
        # secretaris," | "de burgemeester," / "Ilma Merx" | "Jan van Zanen")
        in_office = (
            anchor[1:] if len(anchor) > 1 and _BODY.match(_clean(anchor[0].text)) else anchor
        )
        offices = merge_wrapped_roles([_clean(ln.text) for ln in in_office])
        behalf = (
            behalf
            or (
                bool(offices)
                and len(in_office) <= 4
                # (an office wrapped over two lines is one: "De Minister van Sociale Zaken" /
                # "en Werkgelegenheid,")
                and all(is_role(office) and len(office) <= 60 for office in offices[1:])
                # (one office may run long: "De Vlaamse minister van Economie, Innovatie, Werk,
                # Sociale economie en Landbouw"; not a sentence)
                and is_role(offices[0])
                and len(offices[0]) <= (100 if len(offices) == 1 else 60)
                and not re.search(r"[.;]$", in_office[0].text.strip())
                # (a colophon's credits are no signatures: "Directeur de la publication :" /
                # "François-Pierre Gitton")
                and not _PUBLICATION_CREDIT.search(in_office[0].text)
                and len(following) >= len(offices)
                and following[0].page == anchor[0].page
                and following[0].y0 < anchor[-1].y0  # the names under the offices
                and all(looks_like_name(_clean(ln.text)) for ln in following[: len(offices)])
            )
        )
        # a block opening with the line drawn to sign on, the name and office under it
        # ("_____" / "Chris Gjolme, Planner"), after the date it was signed
        ruled = (
            len(anchor) >= 2
            and re.fullmatch(r"_{8,}", anchor[0].text.strip()) is not None
            and (
                bool(_inline_pairs(_clean(anchor[1].text)))
                or (
                    len(anchor) >= 3
                    and looks_like_name(_clean(anchor[1].text))
                    and is_role(_clean(anchor[2].text))
                )
            )
        )
        behalf = behalf or ruled
        joined = " ".join(_clean(ln.text) for ln in anchor)
        # a formula over several lines ("Aldus besloten in de openbare vergadering van …")
        formula = bool(SIGNING.match(last)) or (len(joined) <= 250 and bool(SIGNING.match(joined)))
        # ... or a formula opening a paragraph of signature lines ("Á Colmar, le 24 septembre
        # 2021" / "Le préfet," / "Pour le préfet et par délégation," / "Le secrétaire général,")
        opened_by = next(
            (
                at + 1
                for at, ln in enumerate(anchor[:-1])
                if SIGNING.match(_clean(ln.text))
                and all(signature_like(other.text) for other in anchor[at + 1 :])
            ),
            None,
        )
        formula = formula or opened_by is not None
        # (or offices with their names and nothing else: a committee's chair and clerk under
        # its report, "De voorzitter van de commissie," / "Bromet")
        opens = (
            behalf
            or formula
            or (
                last.endswith(",")
                and len(last) <= 70
                and not is_role(last)
                and (len(anchor) == 1 or any(SIGNING.match(_clean(ln.text)) for ln in anchor[:-1]))
            )
        )
        if not opens:
            index += 1
            continue
        end = index + 1
        taken: list[Placed] = []
        while end < len(paras) and len(taken) < 20:
            lines = _split_rows(paras[end])  # a row of names read as one line, cut apart
            if not lines or lines[0].page != anchor[-1].page:
                break
            if (
                end == index + 1
                and formula
                and len(lines) == 1
                and _BODY_NAMED.match(lines[0].text)
            ):
                end += 1  # the body that decided, under the formula ("La Commission nationale …")
                continue
            note = bracketed_note(" ".join(line.text for line in lines))
            officers = _officers_alone([_clean(line.text) for line in lines])
            if (
                not note
                and not officers
                and not signature_block_like([_clean(line.text) for line in lines], True)
                and not _signed_in_capitals(lines, taken, opened=formula)
            ):
                # a name and office with further lines under them (a title: "Maître des
                # requêtes au Conseil d'Etat"; the office's address: "Wycliffe House" /
                # "Water Lane" / "SK9 5AF"): the signature, the short lines under it aside
                lead = 0
                while lead < len(lines) and signature_like(lines[lead].text):
                    lead += 1
                head_texts = [_clean(line.text) for line in lines[:lead]]
                roles = [i for i, text in enumerate(head_texts) if is_role(text)]
                if roles and any(map(looks_like_name, head_texts[: roles[-1]])):
                    lead = roles[-1] + 1  # name, office: what follows the office is aside
                elif roles and roles[-1] + 1 < lead and looks_like_name(head_texts[roles[-1] + 1]):
                    lead = roles[-1] + 2  # office, name
                if (
                    lead >= 2
                    and roles
                    and any(map(looks_like_name, head_texts[:lead]))
                    and len(lines) - lead <= 8
                    and all(len(line.text) <= 60 for line in lines[lead:])
                ):
                    taken.extend(lines[:lead])
                    end += 1
                break
            if not note:
                taken.extend(lines)
            end += 1
        head = [anchor[-1]] if not formula else []  # a signing body opens it
        if opened_by is not None:
            head = list(anchor[opened_by:])
        if behalf:
            head = list(anchor)
            above = paras[index - 1] if index else []
            if (
                len(above) == 1
                and len(anchor) == 1
                and is_role(_clean(anchor[0].text))
                and above[0].page == anchor[0].page
                # (the line right above, not a name beside the office in a table's row)
                and 6 <= above[0].y0 - anchor[0].y0 <= 30
                and looks_like_name(_clean(above[0].text))
                and signature_like(above[0].text)  # (not a heading in capitals)
                and not is_role(_clean(above[0].text))
            ):
                # the office is under its holder's name, as the names under it are over
                # theirs ("M. MALILA" / "CHIEF JUSTICE" / "R.M.C. KAOMA" / "SUPREME COURT JUDGE")
                head = [above[0], *anchor]
        by_office = _BY_OFFICE.search(last)
        if by_office and is_role(by_office.group("role")):
            head = [Placed(by_office.group("role"), anchor[-1].page, anchor[-1].x0, anchor[-1].y0)]
        signatories = parse_signatories(column_order([*head, *taken]))
        named = [s for s in signatories if s.name]
        if (
            named
            and (marked_alone or any(s.role for s in signatories))
            and not _credited(paras, index)
        ):
            # (a block that signs without a formula is the signature's first part itself)
            itself = with_anchor and behalf and all(signature_like(ln.text) for ln in anchor)
            spans.append((index if itself else index + 1, end, signatories))
            index = end
        else:
            index += 1
    return spans


def closing_signature(
    paras: Sequence[Sequence[Placed]],
) -> tuple[int, int, list[Signatory]] | None:
    """The signature a document ends with, no formula before it: its last paragraphs (six lines
    at most) are names each over an office, or offices each over a name, or one name and office
    with the office's body or unit under them ("LEONG KENG THAI" / "CHAIRMAN" / "PERSONAL DATA PROTECTION
    COMMISSION"), under the running text on the same page. ``(first, end, signatories)`` as
    :func:`signature_spans`, or ``None``."""
    for count in range(6, 0, -1):  # (the longest such ending: several signers)
        if len(paras) <= count:
            continue
        tail = [line for para in paras[-count:] for line in para]
        if not 2 <= len(tail) <= 6 or len({line.page for line in tail}) > 1:
            continue
        texts = [_clean(line.text) for line in tail]
        before = paras[-count - 1]
        if (
            before
            and before[-1].page == tail[0].page
            and before[-1].y0 > max(line.y0 for line in tail)
            and (
                _pairs(texts)
                or (
                    len(texts) == 3
                    and _pairs(texts[:2])
                    and (_unit_line(texts[2]) or is_body_name(texts[2]))
                )
            )
        ):
            return len(paras) - count, len(paras), parse_signatories(texts)
    return None


def _pairs(texts: Sequence[str]) -> bool:
    """Lines that are names each over its office, or offices each over its holder's name
    ("M. MALILA" / "CHIEF JUSTICE" / "R.M.C. KAOMA" / "SUPREME COURT JUDGE")."""
    if not texts or len(texts) % 2:
        return False
    pairs = list(zip(texts[::2], texts[1::2], strict=True))
    return all(looks_like_name(a) and is_role(b) for a, b in pairs) or all(
        is_role(a) and looks_like_name(b) for a, b in pairs
    )


#: what stands before a judge's name in the closing row: the mark that the original was signed
#: and academic titles ("gez. Dr. Brocker", "w.g. mr. A.B. Jansen")
_BENCH_MARK = re.compile(r"gez\.:?|w\.g\.|\(gez\.\)|sgd\.", re.IGNORECASE)
_ACADEMIC = re.compile(r"^(?:(?:Dr|Prof|mr|Mr|dr|prof|Dipl\.-Ing)\.(?:-Ing\.)?\s*)+")
#: a judge's name as the closing row prints it: initials, then a surname of capitalised parts
_BENCH_NAME = re.compile(
    r"^(?:[A-Z]\.\s?)*[A-ZÀ-Ý][\w'’]+(?:-[\w'’]+)*(?:\s+(?:(?:von|van|de|der|den|zu)\s+)?[A-ZÀ-Ý][\w'’-]+)?$"
)
#: the names of the closing row are all named within this many characters of each other earlier
#: in the decision (the bench in its opening: "durch die Richter Schulz, Probst und Dr. Delfs")
_BENCH_WINDOW = 400
_OFFICE_WORD = re.compile(rf"\b(?:{_OFFICES})\b", re.IGNORECASE)


def _segments(words: list[str], earlier: str) -> list[str] | None:
    """``words`` cut into the fewest names each stated earlier (as whole words), or ``None``."""
    best: list[list[str] | None] = [[]] + [None] * len(words)
    for end in range(1, len(words) + 1):
        for start in range(end):
            before = best[start]
            if before is None:
                continue
            piece = " ".join(words[start:end])
            core = _ACADEMIC.sub("", piece)
            if not _BENCH_NAME.match(core) or len(core) < 3 or core.isupper() or is_role(core):
                continue
            if not re.search(rf"(?<![\w-]){re.escape(core)}(?![\w-])", earlier):
                continue
            candidate = [*before, piece]
            current = best[end]
            if current is None or len(candidate) < len(current):
                best[end] = candidate
    return best[len(words)]


def bench_names(paras: Sequence[Sequence[Placed]]) -> tuple[int, list[Signatory]] | None:
    """The judges' names that close a court decision, in a row of their own with no office
    ("Schulz  Probst  Delfs", "gez. Dr. Brocker  gez. Wünsch  gez. Dr. Saftig"): one of the
    last six paragraphs (a certification may follow: "Ausgefertigt", the clerk's; margin
    numbers alone do not count), made
    only of two to six names that the decision stated close together earlier (the bench in its
    opening). Returns the paragraph's index and the signatories (office unknown), or ``None``."""
    rows = [
        " ".join(
            w for w in " ".join(line.text for line in para).split() if not _BENCH_MARK.fullmatch(w)
        )
        for para in paras
    ]
    # the last six paragraphs, margin numbers standing alone ("41", "42" …) not counted
    last = [index for index in range(len(paras)) if not re.fullmatch(r"[\d\s]*", rows[index])]
    for index in reversed(last[-6:]):
        if index == 0:
            continue
        row = rows[index]
        words = row.split()
        if not 2 <= len(words) <= 14 or len(row) > 120 or re.search(r"[,;:]|\.$", row):
            continue
        # (the same row signing an earlier part is no phrase: a judgment, then the decision on
        # the amount in dispute, signed by the same bench)
        earlier = " ".join(text for text in rows[:index] if text != row)
        names = _segments(words, earlier)
        if names is None or not 2 <= len(names) <= 6:
            continue
        cores = [_ACADEMIC.sub("", name) for name in names]
        spots = [
            [m.start() for m in re.finditer(rf"(?<![\w-]){re.escape(c)}(?![\w-])", earlier)]
            for c in cores
        ]
        # all named within one window that names an office (the bench: "durch die Richter
        # Schulz, Probst und Dr. Delfs"), not names scattered over the reasons, and never one
        # after the other as the row prints them (a phrase: "Confidential Business Information")
        together = any(
            all(any(abs(at - first) <= _BENCH_WINDOW for at in spot) for spot in spots)
            and _OFFICE_WORD.search(earlier[max(first - _BENCH_WINDOW, 0) : first + _BENCH_WINDOW])
            for first in spots[0]
        )
        phrase = any(
            re.search(rf"(?<![\w-]){re.escape(a)}\s+{re.escape(b)}(?![\w-])", earlier)
            for a, b in pairwise(cores)
        )
        if together and not phrase:
            return index, [Signatory(role=None, name=name) for name in names]
    return None
