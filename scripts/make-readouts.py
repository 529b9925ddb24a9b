#!/usr/bin/env python3
"""Writes N synthetic readouts (JSON Lines, the `readout read` contract) for store measurements.

Each readout has a short generated text with entities, events, quotes, dates, a figure and sometimes an
expectation, with spans that point into the text, spread over ten years, from a pool of actors, so that
events repeat across documents (and merge) at a realistic rate. Usage: make-readouts.py N OUT.jsonl [SEED]
"""
import hashlib, json, random, sys, datetime

n = int(sys.argv[1]); out = open(sys.argv[2], "w"); rng = random.Random(int(sys.argv[3]) if len(sys.argv) > 3 else 7)
countries = [("United States", "USA"), ("Russia", "RUS"), ("Ukraine", "UKR"), ("China", "CHN"), ("France", "FRA"),
             ("Germany", "DEU"), ("United Kingdom", "GBR"), ("Turkey", "TUR"), ("Iran", "IRN"), ("Israel", "ISR"),
             ("India", "IND"), ("Pakistan", "PAK"), ("Japan", "JPN"), ("Poland", "POL"), ("Belarus", "BLR"),
             ("Syria", "SYR"), ("Egypt", "EGY"), ("Brazil", "BRA"), ("Mexico", "MEX"), ("Nigeria", "NGA")]
orgs = [("NATO", "NATO"), ("European Union", "EU"), ("United Nations", "UNO"), ("OSCE", "OSCE")]
sectors = ["GOV", "MIL", "GOV", "GOV", "OPP", "MED"]
people = [(f"Person{i} {rng.choice(['Ivanov','Smith','Dupont','Kowalski','Yilmaz','Chen','Sato','Singh'])}",
           rng.choice(countries)[1] + rng.choice(sectors)) for i in range(2000)]
types = [("CONSULT", 1.0), ("AGREE", 3.0), ("SUPPORT", 3.5), ("REQUEST", -1.0), ("ACCUSE", -2.0), ("REJECT", -4.0),
         ("THREATEN", -4.4), ("SANCTION", -5.0), ("MOBILIZE", -6.0), ("ASSAULT", -9.0), ("AID", 7.0), ("COOPERATE", 6.0),
         ("CONCEDE", 5.0), ("RETREAT", 4.0), ("PROTEST", -6.5), ("COERCE", -7.0)]
modalities = ["asserted"] * 7 + ["reported", "future", "hypothetical", "negated", "conditional"]
places = ["Geneva", "Brussels", "Moscow", "Kyiv", "Washington", "Beijing", "Vienna", "Istanbul", None, None, None]
publishers = [f"Wire {c}" for c in "ABCDEFGH"]
start = datetime.date(2015, 1, 1)

for i in range(n):
    day = start + datetime.timedelta(days=rng.randrange(3650))
    iso = day.isoformat()
    parties = rng.sample(countries, 4)
    text = ""; entities = []; events = []; quotes = []; timexes = []; figures = []; expectations = []
    def add(sentence):
        global text
        s = len(text); text += sentence + " "; return s, s + len(sentence)
    def ent(name, kind, code, kb=None):
        eid = f"e{len(entities) + 1}"
        entities.append({"id": eid, "name": name, "kind": kind, "actorCode": code, "country": code[:3],
                         "sector": code[3:] or None, "kbID": kb, "mentions": []})
        return eid
    ids = [ent(name, "country", code + "GOV", "Q" + code) for name, code in parties]
    org = rng.choice(orgs); ids.append(ent(org[0], "organization", org[1], "Q" + org[1]))
    person = rng.choice(people); ids.append(ent(person[0], "person", person[1]))
    for k, eid in enumerate(ids):
        s, e = add(f"{entities[k]['name']} was named in the report.")
        entities[k]["mentions"].append({"start": s, "end": s + len(entities[k]["name"]), "text": entities[k]["name"]})
    s, e = add(f"The report is dated {iso}.")
    timexes.append({"start": e - 11, "end": e - 1, "text": iso, "type": "DATE", "value": iso})
    for k in range(rng.randint(3, 8)):
        t, score = rng.choice(types); a, b = rng.sample(ids[:5], 2)
        offset = rng.choice([0, 0, 0, -1, -2, -7])
        when = (day + datetime.timedelta(days=offset)).isoformat()
        place = rng.choice(places)
        sentence = f"{entities[int(a[1:]) - 1]['name']} and {entities[int(b[1:]) - 1]['name']}: {t.lower()} on {when}" + (f" in {place}" if place else "") + "."
        s, e = add(sentence)
        ev = {"id": f"ev{k + 1}", "type": t, "source": [a], "target": [b], "date": {"value": when, "start": when, "end": when},
              "location": place, "modality": rng.choice(modalities), "evidence": {"start": s, "end": e, "text": sentence},
              "mentions": [{"start": s, "end": e, "text": sentence}], "score": score}
        events.append(ev)
    for k in range(rng.randint(1, 4)):
        words = " ".join(rng.choice(["talks", "sanctions", "troops", "ceasefire", "border", "response", "security", "guarantees", "energy", "grain"]) for _ in range(8))
        s, e = add(f"“We want {words},” the official said.")
        quotes.append({"start": s + 1, "end": e - 20, "text": text[s + 1:e - 20], "kind": "direct", "speaker": ids[5], "cue": "said"})
    s, e = add(f"More than {rng.randint(1, 200)},000 troops were reported.")
    figures.append({"start": s, "end": e - 1, "text": text[s:e - 1], "value": 1000.0, "bound": "lower", "what": "troops"})
    if rng.random() < 0.3:
        a, b = rng.sample(ids[:4], 2); due = day + datetime.timedelta(days=rng.randint(3, 30))
        action = rng.choice(["send a written response", "impose sanctions", "hold talks", "withdraw troops", "deliver aid"])
        sentence = f"{entities[int(a[1:]) - 1]['name']} will {action} by {due.isoformat()}."
        s, e = add(sentence)
        expectations.append({"actor": a, "counterpart": b, "action": action,
                             "due": {"value": due.isoformat(), "start": iso, "end": due.isoformat()}, "stated": iso,
                             "status": "pending", "evidence": {"start": s, "end": e, "text": sentence}})
    sha = hashlib.sha256(text.encode()).hexdigest()
    doc = {"id": f"synthetic-{i:06d}", "date": iso, "title": f"Report {i}", "source": rng.choice(publishers),
           "url": f"https://example.org/synthetic/{i}", "sha256": sha, "text": text}
    readout = {"version": 1, "document": doc, "sentences": [], "entities": entities, "timexes": timexes, "quotes": quotes,
               "figures": figures, "events": events, "expectations": expectations}
    out.write(json.dumps(readout, ensure_ascii=False) + "\n")
