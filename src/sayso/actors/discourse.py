"""What an article has mentioned so far: the antecedents pronouns and definite descriptions name."""

from __future__ import annotations

from dataclasses import dataclass, field

from sayso.model import Actor

FEMININE = {"she", "her", "hers", "herself"}


@dataclass
class Discourse:
    """What the article has mentioned so far: antecedents for pronouns and definite descriptions."""

    last_person: Actor | None = None
    last_group: Actor | None = None
    last_speaker: Actor | None = None
    countries: dict[str, int] = field(default_factory=dict)
    #: the latest plural antecedent: a plural noun, an organisation, the first of a coordinated pair
    last_plural: Actor | None = None
    #: recent persons with their gender ('f', 'm', None), oldest first
    persons: list[tuple[Actor, str | None]] = field(default_factory=list)
    #: recent bodies and groups with a country or an identity, oldest first ('Chechen rebels', 'North
    #: Korea's foreign ministry'): what a later 'the rebels', 'the ministry' names
    groups: list[Actor] = field(default_factory=list)
    #: recent bodies, groups and countries (any non-person actor with a country or a code), oldest first
    bodies: list[Actor] = field(default_factory=list)
    #: the latest main-clause subject that is a group (plural): a later subject 'they' continues it (a body's
    #: 'it' continues `subject_body`: 'The UN refugee agency said ... . It flew tents ...')
    subject_group: Actor | None = None
    #: the recent singular main-clause subjects, oldest first (the last is `subject_body`)
    subject_bodies: list[Actor] = field(default_factory=list)
    #: recent coordinated mentions ('Merkel and Hollande'), each as its actors, oldest first: a later 'they'
    #: that resolves to the first of them stands for all of them
    coordinations: list[list[Actor]] = field(default_factory=list)
    #: recent pairs of sides (the two parties of a meeting, talks or fighting), oldest first: with the
    #: coordinations of two, what a later 'the two sides', 'both countries' names
    pairs: list[tuple[Actor, Actor]] = field(default_factory=list)

    def note(self, actor: Actor, is_person: bool, gender: str | None = None, plural: bool = False) -> None:
        """Remember a resolved mention as the latest antecedent of its kind."""
        if actor.country:
            self.countries[actor.country] = self.countries.get(actor.country, 0) + 1
        if is_person:
            self.last_person = actor
            self.persons.append((actor, gender))
            if len(self.persons) > 8:
                del self.persons[0]
            if plural:
                self.last_plural = actor  # 'Putin and Erdogan met. They ...'
        elif actor.country or actor.code:
            self.last_group = actor
            self.bodies.append(actor)
            if len(self.bodies) > 12:
                del self.bodies[0]
            if plural:
                self.last_plural = actor
            if actor.sector and (actor.country or actor.actor_id):
                self.groups.append(actor)
                if len(self.groups) > 12:
                    del self.groups[0]

    def note_coordination(self, members: list[Actor]) -> None:
        """Remember actors mentioned together ('Merkel and Hollande'), for a later 'they'."""
        self.coordinations.append(members)
        if len(self.coordinations) > 6:
            del self.coordinations[0]

    def note_pair(self, a: Actor, b: Actor) -> None:
        """Remember the two sides of a symmetric event ('army commanders met RSF leaders')."""
        self.pairs.append((a, b))
        if len(self.pairs) > 6:
            del self.pairs[0]

    def pair_before(self, offset: int) -> tuple[Actor, Actor] | None:
        """The latest two sides mentioned before `offset`: a pair of a symmetric event or a coordination of
        two ('Armenia and Azerbaijan held talks. The two sides agreed ...')."""
        found = [*self.pairs, *((m[0], m[1]) for m in self.coordinations if len(m) == 2)]
        found = [p for p in found if max(p[0].end, p[1].end) <= offset]
        return max(found, key=lambda p: max(p[0].end, p[1].end)) if found else None

    def coordination_of(self, first: Actor) -> list[Actor]:
        """The latest coordinated mention whose first actor is `first` (same identity), else []."""
        key = (first.country, first.sector, first.actor_id or first.name)
        for members in reversed(self.coordinations):
            head = members[0]
            if (head.country, head.sector, head.actor_id or head.name) == key:
                return members
        return []

    def note_subject(self, actor: Actor, plural: bool) -> None:
        """Remember a body or group that is the subject of a main clause (for a later subject pronoun)."""
        if plural:
            self.subject_group = actor
        else:
            self.subject_bodies.append(actor)
            if len(self.subject_bodies) > 6:
                del self.subject_bodies[0]

    @property
    def subject_body(self) -> Actor | None:
        """The latest singular main-clause subject: a later subject 'it' continues it."""
        return self.subject_bodies[-1] if self.subject_bodies else None

    def subject_before(self, offset: int) -> Actor | None:
        """The latest singular main-clause subject that ends before `offset` (a sentence's start): the
        previous sentence's topic, which this sentence's own subject must not hide."""
        return next((a for a in reversed(self.subject_bodies) if a.end <= offset), None)

    def group_for(self, sector: str, head: str) -> Actor | None:
        """The latest body or group of a sector ('the rebels' after 'Chechen rebels'); a state body only
        when named by the same word ('the ministry' after 'North Korea's foreign ministry', but 'the
        government' is not whichever government was named last)."""
        for a in reversed(self.groups):
            if a.sector != sector:
                continue
            if sector in ("GOV", "MIL", "COP", "JUD", "LEG") and head not in a.text.lower().split():
                continue
            return a
        return None

    def person_for(self, pronoun: str, not_this: Actor | None = None) -> Actor | None:
        """The antecedent of 'he' / 'she': the latest compatible person (of that gender or of unknown
        gender), else the last person (the old behaviour, also when every gender is unknown). `not_this`:
        a person the pronoun cannot be (its own clause's subject: 'Kim hosted him')."""
        want = "f" if pronoun in FEMININE else "m"
        for actor, g in reversed(self.persons):
            if (g is None or g == want) and not same_person(actor, not_this):
                return actor
        return None if same_person(self.last_person, not_this) else self.last_person

    def body_at(self, offset: int) -> Actor | None:
        """The latest remembered body whose mention covers a document offset (a subject named earlier in
        the sentence, the antecedent of a relative clause)."""
        return next((a for a in reversed(self.bodies) if a.start <= offset < a.end), None)

    def focus(self) -> str | None:
        """The country the article is most about so far (for place disambiguation)."""
        return max(self.countries, key=self.countries.__getitem__) if self.countries else None


def same_person(a: Actor | None, b: Actor | None) -> bool:
    """Whether two person mentions are one person: the same mention, or the same known or named person."""
    if a is None or b is None:
        return False
    return a.start == b.start or bool(a.actor_id and a.actor_id == b.actor_id) or bool(a.name and a.name == b.name)
