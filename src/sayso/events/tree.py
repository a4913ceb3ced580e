"""Dependency-tree helpers the role and trigger rules share: prepositional objects, conjuncts, voice,
infinitives and the object of a verb."""

from __future__ import annotations

from spacy.tokens import Token

from sayso.actors.mentions import is_coordinated_modifier
from sayso.doccache import children, ent_at, kids, token_memo
from sayso.events.lexicon import Pattern


def shared_object(tok: Token) -> list[Token]:
    """The object a verb shares with the verb coordinated after it ('police detained and later released
    the editor': the editor was detained too), when it has no object or clause of its own."""
    # ('fired on and sank the boat': a preposition left without its object is no object of its own)
    own_preps = [c for c in children(tok, "prep", "agent") if children(c, "pobj", "pcomp")]
    if children(tok, "dobj", "dative", "ccomp", "xcomp") or own_preps or not children(tok, "cc"):
        return []
    later = [c for c in children(tok, "conj") if c.i > tok.i and c.pos_ == "VERB" and not children(c, "nsubj")]
    return children(later[0], "dobj")[:1] if later else []


def has_that(tok: Token) -> bool:
    """A clause introduced by 'that' ('told a news conference that ...', 'its demand that X withdraw')."""
    return any(c.dep_ == "mark" and c.lower_ == "that" for c in kids(tok))


def has_to(tok: Token) -> bool:
    """A verb marked as a 'to' infinitive ('to sever', 'to hand over')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in kids(tok))


def participle_clauses(tok: Token) -> list[Token]:
    """The '-ing' clauses hung on a token ('shelled the town, killing eight', 'sanctions targeting banks')."""
    return [c for c in kids(tok) if c.dep_ in ("advcl", "acl") and c.tag_ == "VBG"]


#: Nouns of 'in a bid to V', 'in an effort to V': the infinitive is the purpose of the verb the phrase is on.
PURPOSE_NOUNS = frozenset({"bid", "effort", "attempt", "drive", "push", "campaign"})


def purpose_phrase_verb(tok: Token) -> Token | None:
    """The verb whose purpose `tok` states through 'in a bid/effort/drive to' ('blocked roads in an effort to
    force the Commission ...' -> 'blocked'), or None."""
    noun = tok.head
    if tok.dep_ in ("acl", "relcl") and has_to(tok) and noun.lemma_.lower() in PURPOSE_NOUNS and \
            noun.dep_ == "pobj" and noun.head.lower_ == "in" and noun.head.head.pos_ in ("VERB", "AUX"):
        return noun.head.head
    return None


def purpose_phrases(verb: Token) -> list[Token]:
    """The infinitives of the verb's 'in a bid/effort/drive to V' phrases (the inverse of purpose_phrase_verb)."""
    return [v for c in kids(verb) if c.dep_ == "prep" and c.lower_ == "in" for n in kids(c)
            if n.dep_ == "pobj" for v in kids(n) if purpose_phrase_verb(v) is not None]


def is_infinitive_complement(tok: Token) -> bool:
    """An xcomp, or an infinitive the parser hung as an adverbial clause of its controlling verb
    ('threatened on Tuesday to sever ties': 'sever' comes out as advcl)."""
    if tok.dep_ == "xcomp":
        return True
    return tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "ADJ") and has_to(tok) and \
        not any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in kids(tok))


def is_stative_passive(tok: Token, p: Pattern) -> bool:
    """'is committed to', 'is opposed to': an attitude passive with no agent, its subject the holder."""
    if p.pos == "noun" or not is_passive(tok) or prep_objects(tok, ("by",)) or not children(tok, "nsubjpass"):
        return False
    return p.pos == "adj" or (p.prep is not None and p.prep in ("to", "on"))


#: Verbs of gathering and moving whose past participle after a noun is still active ('troops massed along
#: the border' = troops that massed): they take no object to be passive of.
INTRANSITIVE_MOTION = {"mass", "gather", "assemble", "converge", "arrive", "retreat", "advance", "march",
                       "rally", "flee", "cross", "pour", "stream", "protest", "demonstrate", "riot"}


#: Verbs that always act on someone: with a subject and no object they are a headline's passive, never
#: an intransitive act ('protested', 'marched' are no such verbs).
PATIENT_VERBS = frozenset({"kill", "wound", "injure", "arrest", "detain", "abduct", "kidnap", "capture", "shoot",
                           "execute", "behead", "jail", "imprison", "sentence", "expel", "deport", "hang",
                           "torture", "beat", "seize", "convict", "charge", "hold", "release", "free"})


def headline_passive(tok: Token) -> bool:
    """A headline's passive without its auxiliary, parsed as an active root: 'Three soldiers killed in
    ambush in Mali' (a past participle with a subject, no auxiliary and no object)."""
    return tok.dep_ == "ROOT" and tok.tag_ == "VBN" and tok.lemma_.lower() in PATIENT_VERBS and \
        any(c.dep_ == "nsubj" for c in kids(tok)) and \
        not any(c.dep_ in ("aux", "auxpass", "dobj", "ccomp", "xcomp") for c in kids(tok))


def reduced_relative(tok: Token) -> bool:
    """A participle the small model took for the main verb, its real main verb hung on it as a conjunct
    with no 'and': 'The civilians imprisoned for ... were released by X'. The participle is passive and
    its 'subject' the one it was done to."""
    if tok.tag_ not in ("VBN", "VBD"):
        return False
    later = [c for c in kids(tok) if c.dep_ in ("conj", "advcl") and c.i > tok.i]
    if not later or not children(tok, "nsubj") or children(tok, "aux", "auxpass", "dobj", "cc", "ccomp", "xcomp"):
        return False
    return any(children(c, "auxpass") and not children(c, "nsubj", "nsubjpass", "mark") for c in later)


def misparsed_main_verb(tok: Token) -> bool:
    """The sentence's main verb that the small model hung under a noun in its subject, leaving a noun
    as the root: 'Doctors from two aid groups donated and delivered medicine' (root 'Doctors', 'donated'
    a modifier of 'groups'). A finite past form in the verb or its conjunct says it is no participle."""
    if tok.dep_ != "acl":
        return False
    root = tok.sent.root
    if root.pos_ not in ("NOUN", "PROPN") or root.i == tok.head.i or root not in tok.head.ancestors:
        return False
    forms = [tok, *(c for c in kids(tok) if c.dep_ == "conj" and c.pos_ == "VERB")]
    return any(f.tag_ == "VBD" for f in forms)


def is_passive(tok: Token) -> bool:
    """A passive clause: 'was attacked by', or a past participle modifying a noun ('victims killed by ...',
    'an agreement forced on Qatar by Saudi Arabia'); asked often, so worked out once per token."""
    return token_memo(tok, "passive", _is_passive)


def _is_passive(tok: Token) -> bool:
    """`is_passive` without the memo."""
    if misparsed_main_verb(tok):
        return False
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(tok)) or headline_passive(tok) or \
        reduced_relative(tok) or \
        (tok.dep_ == "acl" and tok.tag_ == "VBN" and not any(c.dep_ == "dobj" for c in kids(tok))
         and (tok.lemma_.lower() not in INTRANSITIVE_MOTION or any(c.dep_ == "agent" for c in kids(tok)))) or \
        passive_conjunct(tok)


def passive_conjunct(tok: Token) -> bool:
    """'was shot and killed by X': a participle coordinated with a passive verb shares its voice."""
    return tok.dep_ == "conj" and tok.tag_ == "VBN" and tok.head.i != tok.i and \
        not any(c.dep_ in ("nsubj", "dobj") for c in kids(tok)) and \
        any(c.dep_ in ("nsubjpass", "auxpass") for c in kids(tok.head))


def participle_agents(noun: Token) -> list[Token]:
    """Who a noun's participle names as its agent ('a rally staged by students', 'a plan put forward by X')."""
    return [o for c in children(noun, "acl") for a in kids(c) if a.dep_ == "agent"
            for o in kids(a) if o.dep_ == "pobj"]


def shared_agent(tok: Token) -> list[Token]:
    """The agent of a passive verb, or of the passive participle coordinated with it ('was shot and killed
    by a gunman': the gunman shot too)."""
    for t in [tok, *(c for c in kids(tok) if c.dep_ == "conj" and passive_conjunct(c))]:
        for a in kids(t):
            if a.dep_ == "agent":
                objs = [o for o in kids(a) if o.dep_ == "pobj"]
                if objs:
                    return objs
    if passive_conjunct(tok):
        return shared_agent(tok.head) if tok.head.i != tok.i else []
    return []


def prep_objects(tok: Token, preps: tuple[str, ...] | frozenset[str]) -> list[Token]:
    """Objects of the token's prepositions among `preps` ('meet with X' -> X)."""
    out = []
    for c in kids(tok):
        if c.dep_ in ("prep", "agent", "dative") and c.lower_ in preps:
            for o in kids(c):
                if o.dep_ != "pobj":
                    continue
                if o.ent_type_ in ("DATE", "TIME"):
                    # 'on Monday' is a date, not a target; but in 'with President Assad Tuesday' the parser
                    # made the date the head and the name its compound
                    named = [g for g in kids(o) if g.dep_ == "compound" and g.ent_type_ not in ("DATE", "TIME")]
                    if named:
                        out.append(named[-1])
                    continue
                out.append(o)
            if c.dep_ == "prep" and not any(o.dep_ in ("pobj", "pcomp") for o in kids(c)):
                # 'out of the talks', 'ahead of the vote': a two-word preposition parsed as two; the object
                # hangs on the 'of'
                of_objects = [o for g in kids(c) if g.dep_ == "prep" and g.lower_ == "of"
                              for o in kids(g) if o.dep_ == "pobj"]
                out += of_objects or _stranded_object(c)
    return out


def out_of_objects(tok: Token) -> list[Token]:
    """'pulled out of Mekelle', 'pulled its troops out of Afghanistan': the objects of an 'of' hung on the
    verb's 'out', which the parser tags as a particle, a preposition or an adverb."""
    return [o for c in kids(tok) if c.dep_ in ("prt", "prep", "advmod") and c.lower_ == "out"
            for o in prep_objects(c, ("of",))]


def _stranded_object(prep: Token) -> list[Token]:
    """'granted asylum to five officers holed up in ...': the parser left 'to' without an object and made
    the noun after it the subject of a clause; that subject is the object."""
    for t in prep.doc[prep.i + 1:prep.i + 8]:
        if t.dep_ in ("nsubj", "nsubjpass") and t.pos_ in ("NOUN", "PROPN") and t.head.dep_ in ("advcl", "ccomp") \
                and t.head.head.i == prep.head.i:
            return [t]
        if t.pos_ in ("VERB", "PUNCT"):
            return []
    return []


def conjuncts(tok: Token) -> list[Token]:
    """The nouns coordinated with a token ('teams and supplies' -> supplies), without the name heuristics
    of with_conjuncts."""
    return [c for c in tok.conjuncts if c.pos_ in ("NOUN", "PROPN")]


def with_conjuncts(tok: Token) -> list[Token]:
    """A token and the tokens coordinated with it ('Russia and Turkey'), also when the parser hung the
    conjunct on another token of the same name ('Barack Obama and Vladimir Putin')."""
    out = [tok]
    members = [tok]
    if tok.ent_iob_ in ("B", "I"):
        members = [t for t in tok.doc[max(0, tok.i - 4):tok.i + 5] if t.ent_iob_ != "O"
                   and _same_entity(t, tok)]
    for c in kids(tok):
        if c.dep_ == "appos" and any(g.dep_ == "conj" for g in kids(c)) and c.ent_type_ and \
                c.ent_type_ == tok.ent_type_:
            out.append(c)  # 'Japan, Chile, and Kenya': the parser makes the list an apposition
            members = [*members, c]
    for c in tok.lefts:
        if is_coordinated_modifier(c):
            out.append(c)  # 'Rebels and government forces clashed' parsed with 'Rebels' as a modifier of forces
    for m in members:
        for c in m.conjuncts:
            if c.i > tok.i and c.pos_ in ("PROPN", "NOUN", "PRON") and all(c.i != o.i for o in out) \
                    and not _same_entity(c, tok):
                out.append(c)
    # '... and Chinese Foreign Minister Wang Yi' parsed as two conjuncts: the title is the name's, not a party
    return [c for c in out if not any(d.i > c.i + 1 and c.pos_ == "PROPN" and
                                      all(t.dep_ == "compound" and t.head.i == d.i for t in c.doc[c.i + 1:d.i])
                                      for d in out)]


def _same_entity(a: Token, b: Token) -> bool:
    """Two tokens inside one named-entity span."""
    ent = ent_at(a)
    return ent is not None and ent.start <= b.i < ent.end


def has_for_mark(clause: Token) -> bool:
    """Whether a clause is introduced by 'for' ('for the president to resign')."""
    return any(m.dep_ == "mark" and m.lower_ == "for" for m in kids(clause))


def object_token(tok: Token) -> Token | None:
    """The direct object (or the passive subject, which is the same role); for 'allow', 'let' and 'permit',
    the subject of the clause they allow ('allowed IAEA inspectors to visit', parsed with the inspectors as
    the subject of 'visit'); asked often, so worked out once per token."""
    return token_memo(tok, "object", _object_token)


def _object_token(tok: Token) -> Token | None:
    """`object_token` without the memo."""
    objs = children(tok, "dobj") or (children(tok, "nsubjpass") if is_passive(tok) else [])
    if len(objs) > 1 and objs[-1].lemma_.lower() in CAPTIVE_NOUNS:
        return objs[-1]  # 'took hundreds of passengers hostage', parsed with two objects: the act is in the last
    if not objs and tok.lemma_.lower() in PERMISSIVE:
        objs = complement_subjects(tok)
    return objs[0] if objs else None


#: Nouns that say what a verb's object was made ('took ten tourists hostage').
CAPTIVE_NOUNS = frozenset({"hostage", "captive", "prisoner"})
#: Verbs whose object is the subject of the clause they allow.
PERMISSIVE = frozenset({"allow", "let", "permit"})


def complement_subjects(tok: Token) -> list[Token]:
    """The subjects of a verb's clausal complement, where the parser puts the one it allows or makes act."""
    return [n for c in children(tok, "ccomp", "xcomp") for n in children(c, "nsubj")]


def reciprocal_object(tok: Token) -> bool:
    """'each other' / 'one another' as the object of the trigger."""
    for c in kids(tok):
        if c.dep_ in ("dobj", "pobj", "prep") and c.lower_ in ("other", "another"):
            return any(d.lower_ in ("each", "one") for d in kids(c))
        if c.dep_ == "dobj" and c.lower_ in ("each", "one") and \
                any(d.lower_ in ("other", "another") for d in kids(c)):
            return True  # 'blamed one another' parsed with 'one' as the object
        if c.dep_ == "prep":
            for o in kids(c):
                if o.lower_ in ("other", "another") and any(d.lower_ in ("each", "one") for d in kids(o)):
                    return True
    return False


def charged_each_other(tok: Token) -> bool:
    """'A and B accused each other of shelling': the act each side is charged with is aimed at the other."""
    prep = tok.head
    return tok.dep_ == "pcomp" and prep.dep_ == "prep" and prep.lower_ in ("of", "for", "with") and \
        reciprocal_object(prep.head)

