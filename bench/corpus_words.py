# Word lists and sentence shapes for bench/generate_corpus.py: healthcare IT prose at random.
import random

ROLES = ["charge nurse", "night nurse", "ward clerk", "pharmacist", "physician", "surgeon",
         "unit manager", "lab technician", "radiographer", "service desk analyst", "vendor engineer",
         "clinical educator", "interface analyst", "practice manager", "hospitalist", "registrar"]
THINGS = ["label printer", "badge reader", "order set", "HL7 interface", "FHIR endpoint",
          "barcode scanner", "medication cart", "downtime binder", "ticket queue", "dashboard",
          "workstation", "lab feed", "discharge summary", "scheduling template", "report",
          "imaging viewer", "single sign-on session", "patch window", "alert rule", "tip sheet",
          "handover sheet", "triage board", "wristband printer", "admission workflow", "backup job"]
PLACES = ["the emergency department", "the pre-op suite", "a medical ward", "the pharmacy",
          "the outpatient clinic", "the ICU", "the service desk", "the lab", "a community hospital",
          "the maternity unit", "the go-live command centre", "a rural clinic", "the café rota office"]
DID = ["checked", "rebuilt", "traced", "documented", "tested", "escalated", "fixed", "reviewed",
       "explained", "rolled back", "configured", "monitored", "replaced", "simplified", "shadowed"]
TO_DO = ["restore", "stabilise", "explain", "redesign", "speed up", "untangle", "secure", "audit",
         "automate", "hand over", "train people on", "measure"]
HOW = ["carefully", "calmly", "quickly", "step by step", "with the vendor", "before the next shift",
       "over two evenings", "without stopping clinical work", "in plain language", "on the floor"]
ADJECTIVES = ["broken", "slow", "new", "confusing", "critical", "shared", "legacy", "noisy",
              "overloaded", "fragile", "unfamiliar", "busy", "naïve", "half-finished"]
FIGURES = ["{n} minutes", "{n}%", "{n} tickets", "${n},000", "{n} beds", "{n} nurses",
           "{n} interfaces", "about {n} hours", "{n} per cent"]
CONNECTORS = ["First", "Then", "After that", "Meanwhile", "Next", "Finally", "In the end",
              "Looking back", "Straight away", "Later that week"]
NEUTRAL = ["thing", "item", "matter", "part", "piece", "step", "point"]


def pick(rng: random.Random, words: list) -> str:
    return words[rng.randrange(len(words))]


def figure(rng: random.Random) -> str:
    return pick(rng, FIGURES).format(n=rng.randint(2, 95))


def sentence(rng: random.Random) -> str:
    shapes = [
        lambda: f"I {pick(rng, DID)} the {pick(rng, ADJECTIVES)} {pick(rng, THINGS)} {pick(rng, HOW)}.",
        lambda: f"{pick(rng, CONNECTORS)}, the {pick(rng, ROLES)} in {pick(rng, PLACES)} asked me "
                f"to {pick(rng, TO_DO)} the {pick(rng, THINGS)}.",
        lambda: f"The {pick(rng, THINGS)} had been {pick(rng, ADJECTIVES)} for weeks, so I "
                f"{pick(rng, DID)} it and told the {pick(rng, ROLES)} what had changed.",
        lambda: f"We cut the wait by {figure(rng)} once I {pick(rng, DID)} the {pick(rng, THINGS)}.",
        lambda: f"I worked with the {pick(rng, ROLES)} to {pick(rng, TO_DO)} the "
                f"*{pick(rng, THINGS)}* — {pick(rng, HOW)}.",
        lambda: f"My goal was to {pick(rng, TO_DO)} the {pick(rng, THINGS)} for {pick(rng, PLACES)}.",
    ]
    return pick(rng, shapes)()


def question(rng: random.Random) -> str:
    return f"How does the team {pick(rng, TO_DO)} the {pick(rng, THINGS)} in {pick(rng, PLACES)}?"


def paragraph(rng: random.Random, words: int) -> str:
    sentences = []
    while sum(len(s.split()) for s in sentences) < words:
        sentences.append(sentence(rng))
    return " ".join(sentences)
