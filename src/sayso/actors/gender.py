"""The gender of a person mention, for 'she' and 'he': a gendered title or role word, a woman's given name, or
a known officeholder (the officeholder table was reviewed for it); unknown otherwise."""

from __future__ import annotations

from spacy.tokens import Token

from sayso.actors.base import ActorBase
from sayso.model import Actor

#: Given names that are (almost) only women's, in news about politics. Ambiguous names (Andrea, Nicola,
#: Karen, Jean, Kim, Rosario, Ilham, Mari ...) are left out: a person whose gender is unknown keeps the
#: old behaviour (the last person). Compared after case folding.
_FEMALE_GIVEN_NAMES = """
Aisha Akiko Alenka Alexandra Alicia Amina Aminata Ana Anastasia Angela Angelina Anita Ann Anna Annalena
Anne Annegret Anneli Annika Asma Atifete Beata Benazir Bernadette Birgit Borjana Brigitte Carla Carmen
Carol Caroline Catherine Cecilia Chandrika Chantal Christiane Christine Chrystia Claudia Condoleezza
Corazon Cristina Dalia Delcy Diana Dilma Dina Dora Droupadi Edith Eka Elena Elisa Elisabeth Élisabeth
Elizabeth Ellen Elvira Emily Emma Erna Eva Evelyn Evika Ewa Fatima Fatou Federica Florence Frances
Gabriela Geraldine Gina Giorgia Gloria Golda Gordana Grace Hanna Hannah Harini Helen Helena Helle Hillary
Hina Iliana Indira Inga Ingrid Ingrida Irene Irina Isabel Isabelle Iveta Jacinda Jadranka Jane Janet
Jeanine Jennifer Jenny Jóhanna Johanna Joy Joyce Judith Julia Julie Kaja Kamala Kamla Katalin Kate
Katherine Kathleen Katrin Katrín Kersti Khaleda Kolinda Kristalina Kristina Kristrún Laimdota Laura
Lindiwe Linda Liz Lucia Madeleine Magdalena Maia Maite Maka Makiko Margaret Margot Maria María Mariam
Marie Marina Marine Marise Marta Mary Megawati Mélanie Melanie Mette Mia Michelle Michèle Mireya Nadia
Najla Naledi Nancy Natalia Nataša Nathalie Netumbo Ngozi Nikki Nino Nirmala Nkosazana Olga Paetongtarn
Pamela Patricia Paula Penny Portia Pratibha Priti Rachel Retno Roberta Robinah Rosa Roza Sahle-Work
Salome Samantha Samia Sanae Sandra Sanna Sara Sarah Silvia Simonetta Sirimavo Sophie Sonia Suella Susan
Susana Sushila Sushma Sylvie Tamar Tarja Theresa Tzipi Ursula Vaira Valentina Valérie Vassiliki
Victoria Viorica Vjosa Xiomara Yingluck Yoko Yulia Yvette Zinaida Zuzana
"""
FEMALE_GIVEN_NAMES = frozenset(n.casefold() for n in _FEMALE_GIVEN_NAMES.split())
#: Women in officeholders.csv whose first written name is not a given name from the list above
#: (family name first, a title, an ambiguous given name). Every other officeholder is a man: the table
#: was reviewed name by name for this (2025), so an officeholder not listed here or by given name is
#: taken as male. Add an id here when adding a woman to officeholders.csv under such a name.
FEMALE_OFFICEHOLDERS = frozenset({
    "aung-san-suu-kyi", "hasina-sheikh", "park-geun-hye", "kang-kyung-wha", "kim-yo-jong", "choe-son-hui",
    "elizabeth-ii", "murillo-rosario", "kiviniemi-mari", "boye-mame-madior", "bhandari-bidya-devi",
    "chamorro-violeta", "ciller-tansu",
})
FEMALE_WORDS = frozenset({"mrs", "mrs.", "ms", "ms.", "madam", "madame", "mme", "mme.", "queen", "princess",
                          "lady", "baroness", "dame", "duchess", "empress", "sheikha", "begum", "spokeswoman",
                          "chairwoman", "congresswoman", "businesswoman", "councilwoman", "policewoman",
                          "stateswoman", "woman", "girl", "mother", "wife", "daughter", "sister", "widow",
                          "frenchwoman", "englishwoman", "actress", "first lady"})
MALE_WORDS = frozenset({"mr", "mr.", "sir", "lord", "king", "prince", "emir", "sultan", "duke", "emperor",
                        "pope", "ayatollah", "spokesman", "chairman", "congressman", "businessman",
                        "councilman", "policeman", "statesman", "man", "boy", "father", "husband", "son",
                        "brother", "widower", "frenchman", "englishman"})


def person_gender(actor: Actor, words: list[Token], base: ActorBase | None = None) -> str | None:
    """'f', 'm' or None (unknown) for a person mention: a gendered title or role word in the phrase
    ('Mrs.', 'Queen', 'spokeswoman'), else the person's given name (first word of the canonical name,
    else of the mention) against FEMALE_GIVEN_NAMES. A known officeholder who is not a woman by the
    name list or FEMALE_OFFICEHOLDERS is a man (see FEMALE_OFFICEHOLDERS); an unknown name without a
    gendered word stays None, so pronouns fall back to the last person as before."""
    for w in words:
        low = w.lower_
        if low in FEMALE_WORDS:
            return "f"
        if low in MALE_WORDS:
            return "m"
    if actor.actor_id in FEMALE_OFFICEHOLDERS:
        return "f"
    name = actor.name or actor.text
    first = name.split()[0].casefold() if name.split() else ""
    if first in FEMALE_GIVEN_NAMES:
        return "f"
    if base is not None and actor.actor_id and base.terms_for(actor.name or ""):
        return "m"
    return None
