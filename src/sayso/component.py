"""The spaCy component: `nlp.add_pipe("sayso")` codes each Doc and stores the events in `doc._.events`."""

from __future__ import annotations

from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokens import Doc

from sayso.model import Article, content_id

for _name, _default in (("events", None), ("article_id", None), ("pub_date", None)):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=_default)


class SaysoComponent:
    """Codes a Doc as one article: set doc._.pub_date (YYYY-MM-DD) and doc._.article_id before, if known."""

    def __init__(self, nlp: Language, name: str, actor_files: tuple[str, ...] = ()) -> None:
        from sayso.nlp import RULER_NAME, ruler_patterns
        from sayso.pipeline import load_resources

        self.name = name
        self.resources = load_resources(tuple(actor_files), ())
        self.ruler: EntityRuler | None = None
        if RULER_NAME not in nlp.pipe_names:
            # the pipeline has no actor gazetteer: run our own after NER so actor names still resolve
            self.ruler = EntityRuler(nlp, name=f"{name}_actors", phrase_matcher_attr="ORTH", overwrite_ents=True)
            self.ruler.add_patterns(list(ruler_patterns(self.resources.actors)))

    def __call__(self, doc: Doc) -> Doc:
        """Compute the events first, then write them to the Doc."""
        from sayso.events.extract import code_article

        if self.ruler is not None:
            doc = self.ruler(doc)
        art = Article(id=doc._.article_id or content_id(doc.text), text=doc.text, date=doc._.pub_date)
        coded = code_article(art, [(doc, 0)], self.resources)
        doc._.events = list(coded.events)
        return doc


@Language.factory("sayso", default_config={"actor_files": []},
                  requires=["token.dep", "token.lemma", "doc.ents"], assigns=["doc._.events"])
def make_sayso_component(nlp: Language, name: str, actor_files: list[str]) -> SaysoComponent:
    """Build the sayso component (registered as the spaCy factory 'sayso')."""
    return SaysoComponent(nlp, name, tuple(actor_files))
