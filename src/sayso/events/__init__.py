"""Event coding: the trigger lexicon, roles from the dependency tree, mood, and the article coder."""
