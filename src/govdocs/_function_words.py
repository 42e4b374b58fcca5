"""The most frequent function words of the languages govdocs meets most, for the cheap first tier
of language detection (:mod:`govdocs.language`).

Function words (articles, pronouns, prepositions, conjunctions, auxiliaries) make up a third to a
half of the tokens of running text in these languages and are nearly disjoint between them; a word
shared by k languages counts 1/k for each. French elisions are kept as tokens of their own
(``l'``, ``d'``, ``qu'``). Lists written from the languages' frequency ranks; a language that is
not here is simply left to langdetect.
"""

from __future__ import annotations

_WORDS: dict[str, str] = {
    "nl": """
        de het een van en in is op te dat die voor met zijn niet aan er om ook als bij of door naar
        dan wordt worden deze uit nog over tot kan hebben heeft werd was waren zal zou moet kunnen
        maar al wel geen meer dit zich onder tegen na ik u wij we ze zij hun haar hem mijn ons onze
        uw wat welke waar hoe waarom omdat wanneer indien zoals echter daarom alle andere veel zeer
        reeds namelijk binnen tussen sinds zonder vanuit hierbij daarbij hiervan ten ter per heb
        ben bent waarbij waarin dus nu toe mij jullie wie zodat doordat hierover daarvan daarnaast
        welk zullen zouden moeten kunt werden geweest wordt mogen mag
    """,
    "en": """
        the of and to a in is that for it as was with be by on not he she they this are or at from
        but which have has had an were their been would will there can all if more its also who
        than other into only these some after any such our may should could we you i do does did
        about between under over out up so no them those what when where how why most new his her
        him its being must shall while whether because upon within without through during
    """,
    "fr": """
        le la les des du un une et est en que qui dans pour par sur au aux ne pas plus ce cette ces
        il elle ils elles sont été être a avec se son sa ses leur leurs nous vous on ou mais comme
        tout tous toutes aussi dont où y fait peut entre sans sous lors ainsi l' d' qu' n' s' c' j'
        m' avait ont sera seront était très depuis vers chez cela ceci leur notre nos votre vos je
        lui après avant encore déjà afin à jusqu' lorsqu' puisqu' cet celle celui ceux dès selon
        toute
    """,
    "de": """
        der die das und ist nicht ein eine einer eines einem einen zu den dem des mit sich auf für
        von auch es als an bei nach wird werden wurde sind war hat haben im am zum zur aus noch nur
        oder aber wie über durch wenn kann können muss soll dass daß man ich wir sie er vom bis
        unter gegen dieser diese dieses sowie ob wurden worden hatte
    """,
    "es": """
        el la los las de del y en que un una por con para es se no al lo como más pero sus su le ha
        son está este esta entre sin sobre también fue han muy desde hasta ya donde cuando todo
        esto estos estas ser hay otros otras según
    """,
    "it": """
        il lo la gli le di del della dei delle da dal dalla in con su per tra fra un una uno e è che
        non si sono anche come più ma al alla nel nella questo questa essere ha hanno stato loro
        degli alle sul sulla dell' l' un' c'è però quando
    """,
    "pt": """
        o a os as de do da dos das em no na nos nas um uma e é que não se com por para ao aos à mais
        como mas foi são ser sua seu tem também pelo pela entre quando muito já suas seus isso
    """,
    "af": """
        die van en in is het nie te vir dat op met word as sy hulle ek jy ons baie hierdie sal deur
        wat kan moet ook om of aan was daar maar so 'n wees gewees sodat
    """,
    # West Frisian, the second official language of the Netherlands (statutes carry its oaths,
    # Fryslân's bodies write in it); langdetect has no profile for it and calls it Afrikaans.
    "fy": """
        de it in en fan yn op mei dat net is ik wy jo hy sy hja se binne wurde wurdt waard hawwe
        hat hie troch foar oan ek as by nei of om ta út dizze dy dêr hjir sil soe kin koe moat
        moatte oer ûnder sûnder tusken wêr hoe wat wa ús harren syn myn jim ien gjin mar noch al
        wol tige sa dan doe
    """,
}

#: Languages of the first tier.
LANGUAGES: tuple[str, ...] = tuple(_WORDS)


def _weights() -> dict[str, tuple[tuple[str, float], ...]]:
    owners: dict[str, list[str]] = {}
    for lang, words in _WORDS.items():
        for word in dict.fromkeys(words.split()):
            owners.setdefault(word, []).append(lang)
    return {w: tuple((lang, 1.0 / len(langs)) for lang in langs) for w, langs in owners.items()}


#: word -> ((language, weight), ...); a word of k languages weighs 1/k in each.
WEIGHTS: dict[str, tuple[tuple[str, float], ...]] = _weights()
