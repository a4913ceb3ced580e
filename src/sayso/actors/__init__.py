"""Actors: the offline actor base (base.py) and mention resolution in context (resolve.py, over mentions,
sectors, countries, named, gender and coreference)."""
