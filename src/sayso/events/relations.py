"""Special relations that name a role the subject and object do not: who wielded a weapon, asked for
an act, was given leave, received an act, or claimed it."""

from __future__ import annotations

from spacy.tokens import Token

from sayso.doccache import children, kids, subtree
from sayso.events.lexicon import Pattern
from sayso.events.tree import has_that, has_to, is_passive, prep_objects, with_conjuncts

#: Verbs of receiving: their subject is the target of the aid or assurance they take, 'from X' its source.
RECEIVE_VERBS = {"receive", "get", "obtain"}


#: Verbs whose subject undergoes the nominal event they take as object.
UNDERGOER_VERBS = {"face", "suffer", "survive", "endure", "escape", "undergo", "withstand", "fear", "feel",
                   "weather", "experience", "sustain", "absorb", "repel", "thwart", "foil"}

#: Verbs whose subject watches, tells of, studies or flees the act they take as object and did not do it
#: ('a journalist covering a raid', 'villagers witnessed the shelling', 'families fleeing the fighting').
OBSERVER_VERBS = frozenset({"cover", "report", "witness", "document", "film", "photograph", "record", "watch",
                            "monitor", "study", "recall", "remember", "describe", "recount", "chronicle", "see",
                            "hear", "mourn", "analyse", "analyze", "track", "count", "tally", "verify", "flee",
                            "avoid", "evade"})


#: Weapons that a sentence may make the subject of the harm they do ('a missile fired by X struck ...').
WEAPON_SUBJECTS = frozenset({"missile", "rocket", "torpedo", "shell", "bomb", "drone", "mortar", "projectile",
                             "grenade", "bullet", "mine", "explosive"})


#: Verbs by which someone sets off a weapon that then does the act ('planted the bomb that killed ...').
PLACING_VERBS = frozenset({"plant", "fire", "launch", "drop", "detonate", "lay", "throw", "hurl", "place", "set"})


def wielder(subject: Token) -> list[Token]:
    """Who used a weapon that is a clause's subject: its participle's agent ('a missile fired by Houthi
    rebels struck a tanker') or where it came from ('a rocket launched from Gaza hit a house')."""
    if subject.lemma_.lower() not in WEAPON_SUBJECTS:
        return []
    if subject.dep_ == "dobj" and subject.head.lemma_.lower() in PLACING_VERBS:
        # 'separatists planted the bomb that killed two soldiers': who planted or fired it
        placer = children(subject.head, "nsubj")
        if placer and placer[0].lower_ not in ("who", "which", "that"):
            return with_conjuncts(placer[0])
    for c in kids(subject):
        if c.dep_ == "acl" and c.tag_ == "VBN":
            by = [o for a in kids(c) if a.dep_ == "agent" for o in kids(a) if o.dep_ == "pobj"]
            if by:
                return with_conjuncts(by[0])
            origin = prep_objects(c, ("from",))
            if origin:
                return origin[:1]
    return []


#: Nouns of an 'at the ... of X' phrase that make X the one an act is done for.
REQUEST_PHRASES = frozenset({"request", "invitation", "behest", "urging", "plea", "appeal"})


def requesters(tok: Token) -> list[Token]:
    """Who asked for an act: 'at the request of X' on the act's verb or on the verb its purpose clause
    serves ('sent troops at the request of South Sudan's government to help secure the airport')."""
    t = tok
    for _ in range(3):
        for c in kids(t):
            if c.dep_ == "prep" and c.lower_ == "at":
                for o in kids(c):
                    if o.dep_ == "pobj" and o.lemma_.lower() in REQUEST_PHRASES:
                        return prep_objects(o, ("of", "from"))[:1]
        if t.dep_ not in ("xcomp", "advcl", "conj") or t.head.i == t.i:
            break
        t = t.head
    return []


#: Nouns for wrongdoing that an inquiry or accusation is about ('an investigation into war crimes in X').
MISDEED_NOUNS = frozenset({"crime", "abuse", "violation", "atrocity", "killing", "massacre", "corruption", "fraud",
                           "torture", "misconduct", "wrongdoing", "irregularity", "breach", "genocide", "attack"})


def misdeed_parties(tok: Token, p: Pattern) -> list[Token]:
    """Whom an inquiry into misdeeds is aimed at when its preposition names the misdeeds, not a party: their
    doer ('into killings by the police'), else where they were done ('into war crimes (committed) in Ukraine')."""
    hosts = [tok, *children(tok, "dobj")]
    deeds = [o for h in hosts for o in prep_objects(h, p.target_prep or ("into", "of"))
             if o.lemma_.lower() in MISDEED_NOUNS]
    for deed in deeds:
        verbs = [deed, *(a for a in children(deed, "acl") if a.tag_ == "VBN")]  # 'crimes committed in X'
        doers = [o for v in verbs for o in prep_objects(v, ("by",))]
        places = [o for v in verbs for o in prep_objects(v, ("in",))]
        if doers or places:
            return with_conjuncts((doers or places)[0])
    return []


#: Nouns for leave given to act, whose 'to' infinitive the one given it does ('permission to strike').
PERMISSION_NOUNS = frozenset({"permission", "authorization", "authorisation", "approval", "clearance", "licence",
                              "license", "go-ahead", "consent", "mandate", "light"})
#: Nouns for time given to act, whose 'to' infinitive the one given it does ('gave Doha ten days to comply').
TIME_GIVEN_NOUNS = frozenset({"hour", "day", "week", "month", "deadline"})
GIVEN_NOUNS = PERMISSION_NOUNS | TIME_GIVEN_NOUNS


def permitted_party(inf: Token) -> list[Token]:
    """Who was given leave or time to do an infinitive act: the recipient of 'gave X permission to V', 'gave
    permission to X to V' or 'gave X ten days to V' (the parser hangs the infinitive on the noun or the verb)."""
    noun = inf.head if inf.dep_ == "acl" and inf.head.lemma_.lower() in GIVEN_NOUNS else \
        next((o for o in children(inf.head, "dobj") if o.lemma_.lower() in GIVEN_NOUNS), None) \
        if inf.dep_ in ("advcl", "xcomp") else None
    if noun is None or noun.dep_ != "dobj":
        return []
    giver = noun.head
    given = [c for c in children(giver, "dative") if c.pos_ != "ADP"] or prep_objects(giver, ("to",)) or \
        [o for c in children(giver, "dative") if c.pos_ == "ADP" for o in children(c, "pobj")]
    return with_conjuncts(given[0]) if given else []


#: Nouns for a display of military might ('in a show of force against Nicaragua').
SHOW_NOUNS = frozenset({"show", "display", "demonstration"})


def show_of_force_target(tok: Token) -> list[Token]:
    """Whom a show of force hung on the verb is aimed at: 'in a show of force against X', '... aimed at X'."""
    for n in prep_objects(tok, ("in", "as")):
        if n.lemma_.lower() in SHOW_NOUNS:
            found = [o for t in n.subtree if t.dep_ == "prep" and t.lower_ == "against" for o in children(t, "pobj")]
            found = found or [o for t in n.subtree if t.dep_ == "acl" and t.lemma_.lower() in ("aim", "direct")
                              for o in prep_objects(t, ("at",))]
            if found:
                return with_conjuncts(found[0])
    return []


#: Nouns for a proposed act, whose infinitive names the act ('an invitation to attend', 'an offer to mediate').
PROPOSAL_NOUNS = frozenset({"invitation", "offer", "proposal", "request", "call", "bid", "plan", "appeal", "demand",
                            "ultimatum", "suggestion", "initiative"})


def proposed_acts(obj: Token | None) -> list[Token]:
    """The acts a proposal noun proposes ('declined an invitation to join the talks' -> 'join'); [] for
    any other noun."""
    if obj is None or obj.lemma_.lower() not in PROPOSAL_NOUNS:
        return []
    return [c for c in kids(obj) if c.dep_ == "acl" and c.pos_ == "VERB" and has_to(c)]


#: Nouns whose 'to' infinitive is asked of someone other than who makes them (mood.DEMAND_NOUNS).
ASKING_NOUNS = frozenset({"call", "demand", "request", "appeal", "ultimatum", "order", "plea", "instruction",
                          "summons", "petition", "deadline"})
#: Nouns for an accusation, whose 'that' clause names the accused ('allegations that Chinese hackers ...').
ALLEGING_NOUNS = frozenset({"accusation", "allegation", "charge"})


def asked_party(tok: Token) -> list[Token]:
    """Whom a demand, appeal or accusation noun is aimed at when no preposition says: the subject of its
    'that' clause ('the demand that Ukraine withdraw', 'allegations that Chinese hackers breached ...') or
    the 'for' object of its infinitive ('a plea for Russian peacekeepers to protect ...')."""
    for c in kids(tok):
        if c.dep_ in ("acl", "ccomp") and has_that(c):
            subj = children(c, "nsubj", "nsubjpass")
            if subj:
                return with_conjuncts(subj[0])
    if any(c.dep_ in ("acl", "relcl") and has_to(c) and not children(c, "nsubj") for c in kids(tok)):
        asked = prep_objects(tok, ("for",))
        if asked:
            return with_conjuncts(asked[0])
    return []


#: Nouns of a border, whose 'with X' names the neighbour an act at it is aimed at.
BORDER_NOUNS = frozenset({"border", "frontier", "boundary"})

def across_border(obj: Token, verb: Token) -> Token:
    """The neighbour a border names ('sent troops to Tajikistan's border with Afghanistan' -> Afghanistan,
    with 'with' hung on the border or, misparsed, on the verb); any other object as it is."""
    if obj.lemma_.lower() not in BORDER_NOUNS:
        return obj
    return next(iter(prep_objects(obj, ("with",)) or prep_objects(verb, ("with",))), obj)


#: Verbs whose subject receives or undergoes the nominal event they take as object ('drew criticism
#: from', 'won support from'); 'come under' takes it through a preposition ('came under attack').
RECEIVING_VERBS = UNDERGOER_VERBS | RECEIVE_VERBS | {"draw", "attract", "earn", "win", "incur", "garner"}


def receiving_verb(tok: Token) -> Token | None:
    """The verb whose subject receives the nominal event `tok`: 'drew criticism', 'faces sanctions',
    'came under attack'; None for any other ('drew up a plan' draws nothing)."""
    head = tok.head
    if tok.dep_ == "dobj" and head.lemma_.lower() in RECEIVING_VERBS and \
            not any(c.dep_ == "prt" for c in kids(head)):
        return head
    if tok.dep_ == "pobj" and head.lower_ == "under" and head.head.lemma_.lower() in ("come", "be", "remain", "fall"):
        return head.head
    return None


#: Verbs by which an actor owns an act as its own: 'claimed responsibility for the attack'.
CLAIM_VERBS = frozenset({"claim", "accept", "take", "admit", "assume", "acknowledge"})


def responsibility_claimer(tok: Token) -> Token | None:
    """The verb of 'X claimed responsibility for <tok>' or 'X claimed <tok>' ('claimed the suicide bombing'):
    its subject did the act."""
    if tok.dep_ == "dobj" and tok.head.lemma_.lower() in CLAIM_VERBS and tok.head.lemma_.lower() != "take":
        return tok.head
    prep = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else None
    noun = prep.head if prep is not None else None
    if noun is None or noun.lemma_.lower() not in ("responsibility", "credit"):
        return None
    verb = noun.head if noun.dep_ == "dobj" else None
    return verb if verb is not None and verb.lemma_.lower() in CLAIM_VERBS else None


def agent_event_noun(tok: Token) -> Token | None:
    """'killed in Israeli shelling': the nominal event that a passive verb happened in or by."""
    if not is_passive(tok):
        return None
    for c in kids(tok):
        if c.dep_ == "prep" and c.lower_ in ("in", "by", "during", "after"):
            for o in kids(c):
                if o.dep_ == "pobj" and o.pos_ == "NOUN":
                    return o
    return None


def demonym_before_gerund(tok: Token) -> Token | None:
    """'killed in Israeli shelling' misparsed as 'in Israeli' + a verb 'shelling': the demonym is the
    gerund's actor (for the gerund itself, or for the passive verb it hangs on)."""
    gerund = tok if tok.tag_ == "VBG" else next((c for c in kids(tok) if c.tag_ == "VBG" and c.dep_ in
                                                  ("advcl", "xcomp", "acl")), None)
    if gerund is None:
        return None
    for prev in reversed(gerund.doc[max(0, gerund.i - 3):gerund.i]):  # 'in Israeli tank shelling'
        if prev.ent_type_ in ("DEMONYM", "NORP"):
            return prev
        if prev.pos_ not in ("NOUN", "PROPN", "ADJ"):
            return None
    return None


def symmetric_partner(tok: Token) -> list[Token]:
    """For reciprocal events with no target: a 'with X' / 'together with X' anywhere below the trigger."""
    for t in subtree(tok):
        if t.dep_ == "prep" and t.lower_ == "with" and t.head.dep_ not in ("ccomp",):
            objs = [o for o in kids(t) if o.dep_ == "pobj"]
            if objs:
                return with_conjuncts(objs[0])
    return []
