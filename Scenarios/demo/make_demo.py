#!/usr/bin/env python3
"""Generates Scenarios/demo/next-day.json: one day of a mid-sized Berlin service company.

Deterministic (fixed seed, standard library only). Run from anywhere:

    python3 Scenarios/demo/make_demo.py

The output is checked before it is written: every visit's skills are held by some technician,
pinned and preferred technicians are qualified, exclusions leave someone qualified, and every
mandatory visit can be reached from a qualified technician's home inside its window.
"""

import json
import math
import random
from pathlib import Path

SEED = 20261130
VISIT_COUNT = 112
OUTPUT = Path(__file__).resolve().parent / "next-day.json"

SKILLS = ["plumbing", "electrical", "heating", "gas", "appliances", "it"]

# District: (centre latitude, centre longitude, postcode, streets).
DISTRICTS = {
    "Mitte": (52.5200, 13.4050, "10115", ["Torstraße", "Invalidenstraße", "Chausseestraße", "Rosenthaler Straße"]),
    "Prenzlauer Berg": (52.5390, 13.4240, "10435", ["Kastanienallee", "Schönhauser Allee", "Greifswalder Straße", "Danziger Straße"]),
    "Friedrichshain": (52.5150, 13.4540, "10245", ["Warschauer Straße", "Boxhagener Straße", "Karl-Marx-Allee", "Simon-Dach-Straße"]),
    "Kreuzberg": (52.4970, 13.4110, "10999", ["Oranienstraße", "Bergmannstraße", "Gneisenaustraße", "Skalitzer Straße"]),
    "Neukölln": (52.4810, 13.4350, "12043", ["Karl-Marx-Straße", "Sonnenallee", "Hermannstraße", "Weserstraße"]),
    "Tempelhof": (52.4660, 13.3850, "12099", ["Tempelhofer Damm", "Manfred-von-Richthofen-Straße", "Alt-Tempelhof"]),
    "Schöneberg": (52.4830, 13.3530, "10827", ["Hauptstraße", "Akazienstraße", "Potsdamer Straße", "Goltzstraße"]),
    "Charlottenburg": (52.5160, 13.3040, "10627", ["Kantstraße", "Wilmersdorfer Straße", "Kaiserdamm", "Otto-Suhr-Allee"]),
    "Wilmersdorf": (52.4870, 13.3180, "10717", ["Uhlandstraße", "Bundesallee", "Hohenzollerndamm", "Berliner Straße"]),
    "Spandau": (52.5360, 13.2000, "13597", ["Carl-Schurz-Straße", "Klosterstraße", "Falkenseer Chaussee", "Seegefelder Straße"]),
    "Reinickendorf": (52.5890, 13.3260, "13507", ["Residenzstraße", "Scharnweberstraße", "Alt-Tegel", "Waidmannsluster Damm"]),
    "Pankow": (52.5690, 13.4020, "13187", ["Breite Straße", "Florastraße", "Wollankstraße", "Mühlenstraße"]),
    "Weißensee": (52.5530, 13.4660, "13086", ["Berliner Allee", "Langhansstraße", "Charlottenburger Straße"]),
    "Lichtenberg": (52.5150, 13.4990, "10365", ["Frankfurter Allee", "Möllendorffstraße", "Weitlingstraße", "Siegfriedstraße"]),
    "Marzahn": (52.5450, 13.5660, "12679", ["Marzahner Promenade", "Allee der Kosmonauten", "Märkische Allee"]),
    "Köpenick": (52.4450, 13.5740, "12555", ["Bahnhofstraße", "Alt-Köpenick", "Friedrichshagener Straße"]),
    "Treptow": (52.4890, 13.4770, "12435", ["Elsenstraße", "Baumschulenstraße", "Kiefholzstraße"]),
    "Steglitz": (52.4560, 13.3220, "12163", ["Schloßstraße", "Albrechtstraße", "Birkbuschstraße"]),
    "Zehlendorf": (52.4340, 13.2590, "14163", ["Clayallee", "Teltower Damm", "Potsdamer Chaussee"]),
    "Wedding": (52.5500, 13.3660, "13353", ["Müllerstraße", "Seestraße", "Osloer Straße", "Prinzenallee"]),
    "Moabit": (52.5300, 13.3420, "10551", ["Turmstraße", "Alt-Moabit", "Beusselstraße", "Perleberger Straße"]),
}
CENTRE = ["Mitte", "Prenzlauer Berg", "Friedrichshain", "Kreuzberg", "Moabit"]

# Job type: (skills with minimum levels, standard minutes, weight in the mix).
JOBS = {
    "boiler-service": ({"heating": 1}, 45, 8),
    "boiler-repair": ({"heating": 2}, 75, 6),
    "gas-check": ({"gas": 2}, 30, 5),
    "gas-boiler-install": ({"gas": 3, "heating": 2}, 120, 2),
    "leak-repair": ({"plumbing": 1}, 40, 8),
    "drain-unblock": ({"plumbing": 1}, 30, 6),
    "bathroom-fit": ({"plumbing": 3}, 120, 2),
    "socket-install": ({"electrical": 1}, 20, 5),
    "fuse-box": ({"electrical": 2}, 60, 4),
    "ev-charger": ({"electrical": 3}, 90, 2),
    "washing-machine": ({"appliances": 1}, 40, 6),
    "dishwasher": ({"appliances": 1, "plumbing": 1}, 45, 4),
    "fridge-repair": ({"appliances": 2}, 45, 4),
    "network-support": ({"it": 1}, 30, 5),
    "server-maintenance": ({"it": 2}, 60, 3),
    "pos-terminal": ({"it": 1}, 20, 4),
    "smart-home": ({"it": 1, "electrical": 1}, 60, 3),
}

PRIVATE = ["Familie Schulz", "M. Yılmaz", "K. Hoffmann", "Familie Nowak", "P. Lindqvist", "S. Wagner",
           "Familie Öztürk", "J. Fischer", "R. Meyer", "L. Kowalski", "Familie Jansen", "A. Rossi",
           "T. Schröder", "Familie Weber", "B. Hartmann", "N. Petrović", "C. Zimmermann", "Familie Kaya"]
BUSINESS = ["Bäckerei Kaiser", "Café Lindner", "Praxis Dr. Weber", "Kita Sonnenschein", "Hotel am Park",
            "Hausverwaltung Nord GmbH", "Spätkauf Eck", "Zahnarztpraxis Brandt", "Buchhandlung Lesezeichen",
            "Restaurant Olivo", "Apotheke am Markt", "Fitnessstudio Kraftwerk", "Kanzlei Roth & Partner",
            "Seniorenresidenz Lindenhof", "Wohnungsbau Berlin eG", "Blumen Krause", "Galerie Weiß",
            "Friseursalon Schnitt", "Co-Working Spreeblick", "Autohaus Mertens"]

BREAK = {"duration": 30, "earliestStart": "11:30", "latestStart": "13:30"}
EARLY = {"start": "07:30", "end": "16:00"}
LATE = {"start": "08:00", "end": "17:00"}
MORNING = {"start": "08:00", "end": "12:00"}
AFTERNOON = {"start": "12:00", "end": "16:00"}


HOME_DISTRICT = {}


def technician(tid, name, skills, district, shift, cost, **extra):
    HOME_DISTRICT[tid] = district
    lat, lon, _, _ = DISTRICTS[district]
    result = {
        "id": tid, "name": name, "skills": skills,
        "start": {"lat": round(lat + 0.002, 5), "lon": round(lon - 0.003, 5)},
        "shift": shift, "breaks": [BREAK], "costPerHour": cost, "costPerKm": 0.3,
    }
    result.update(extra)
    return result


OVERTIME = {"allowedOvertime": 60, "overtimeCostPerHour": 60}
TECHNICIANS = [
    technician("anna", "Anna Schmidt", {"plumbing": 3, "heating": 2, "gas": 2}, "Neukölln", EARLY, 50, **OVERTIME),
    technician("ben", "Ben Krüger", {"electrical": 3, "it": 1}, "Pankow", LATE, 48),
    technician("cem", "Cem Yılmaz", {"heating": 3, "gas": 3, "plumbing": 1}, "Spandau", EARLY, 55, **OVERTIME),
    technician("dana", "Dana Wolff", {"appliances": 3, "electrical": 1, "plumbing": 1}, "Lichtenberg", LATE, 42, maxVisits=9),
    technician("emil", "Emil Hoffmann", {"plumbing": 3, "heating": 2}, "Steglitz", EARLY, 52, workDurationFactor=0.85),
    technician("fatma", "Fatma Demir", {"electrical": 2, "appliances": 2, "it": 1}, "Reinickendorf", LATE, 45),
    technician("greta", "Greta Neumann (bike)", {"it": 3, "electrical": 1}, "Mitte", LATE, 40, speedFactor=0.6, maxVisits=8),
    technician("hannes", "Hannes Becker", {"gas": 2, "heating": 2, "plumbing": 2}, "Köpenick", EARLY, 50, **OVERTIME),
    technician("ida", "Ida Richter", {"electrical": 2, "it": 2}, "Charlottenburg", LATE, 47),
    technician("jonas", "Jonas Lehmann", {"plumbing": 2, "appliances": 1}, "Marzahn", EARLY, 40, maxVisits=10),
    technician("katrin", "Katrin Vogel", {"heating": 2, "electrical": 1, "gas": 1}, "Tempelhof", LATE, 46),
    technician("lukas", "Lukas Braun", {"appliances": 2, "plumbing": 1, "electrical": 1}, "Wedding", LATE, 41, **OVERTIME),
]
BY_ID = {t["id"]: t for t in TECHNICIANS}


def qualified(skills):
    """Ids of the technicians holding every skill at its level."""
    return [t["id"] for t in TECHNICIANS if all(t["skills"].get(s, 0) >= level for s, level in skills.items())]


def minutes(clock):
    hours, mins = clock.split(":")
    return int(hours) * 60 + int(mins)


def km(a, b):
    """Road km between two locations as the geographic travel model computes it."""
    lat1, lon1, lat2, lon2 = map(math.radians, (a["lat"], a["lon"], b["lat"], b["lon"]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371 * math.asin(min(1, math.sqrt(h))) * 1.3


def main():
    rng = random.Random(SEED)
    names = list(JOBS)
    weights = [JOBS[j][2] for j in names]
    visits = []

    def place(district=None):
        district = district or rng.choice(list(DISTRICTS))
        lat, lon, postcode, streets = DISTRICTS[district]
        location = {"lat": round(lat + rng.uniform(-0.009, 0.009), 5),
                    "lon": round(lon + rng.uniform(-0.014, 0.014), 5)}
        address = f"{rng.choice(streets)} {rng.randint(1, 180)}, {postcode} Berlin"
        return location, address

    for number in range(1, VISIT_COUNT + 1):
        job = rng.choices(names, weights)[0]
        if job in ("network-support", "pos-terminal", "server-maintenance") and rng.random() < 0.6:
            location, address = place(rng.choice(CENTRE))
        else:
            location, address = place()
        skills, duration, _ = JOBS[job]
        business = job in ("server-maintenance", "pos-terminal") or rng.random() < 0.4
        visit = {
            "id": f"V{number:03d}-{job}",
            "customer": rng.choice(BUSINESS if business else PRIVATE),
            "address": address,
            "location": location,
            "duration": duration if rng.random() < 0.7 else max(20, duration + rng.choice([-10, 15, 30])),
            "skills": dict(skills),
        }
        roll = rng.random()
        if roll < 0.40:
            visit["timeWindows"] = [MORNING]
        elif roll < 0.70:
            visit["timeWindows"] = [AFTERNOON]
        if business and rng.random() < 0.55:
            afternoon = visit.get("timeWindows") == [AFTERNOON]
            deadline = rng.choice(["14:00", "15:00"] if afternoon else ["10:00", "11:00", "12:00", "14:00"])
            visit["sla"] = {"deadline": deadline, "penaltyPerMinute": rng.randint(2, 5)}
        visit["priority"] = rng.choices([1, 2, 3], [5, 3, 2])[0]
        visits.append(visit)

    # Mandatory: about 15 %, chosen among jobs several technicians can do, with loose timing.
    candidates = [v for v in visits if len(qualified(v["skills"])) >= 3 and v["duration"] <= 90]
    for visit in rng.sample(candidates, 16):
        visit["mandatory"] = True
        visit["priority"] = 3
        visit.pop("sla", None)
        if rng.random() < 0.5:
            visit.pop("timeWindows", None)

    # A few hard SLAs (emergency contracts) on optional visits with no window.
    for visit in rng.sample([v for v in visits if not v.get("mandatory") and "timeWindows" not in v], 4):
        visit["sla"] = {"deadline": rng.choice(["12:00", "13:00", "15:00"]), "hard": True}

    # Penalties for leaving optional visits out.
    for visit in visits:
        if not visit.get("mandatory"):
            visit["penalty"] = min(2000, rng.choice([300, 400, 500, 600, 800]) * visit["priority"])

    # Follow-ups: a second appointment at the same customer after the first one ends.
    pairs = [("gas-boiler-install", "gas-check", 60, False),
             ("fuse-box", "socket-install", 30, True),
             ("bathroom-fit", "leak-repair", 120, False),
             ("boiler-repair", "boiler-service", 90, True),
             ("server-maintenance", "network-support", 30, True)]
    for first_job, second_job, gap, same in pairs:
        pool = [v for v in visits if v["id"].endswith(first_job) and not v.get("mandatory")
                and "sla" not in v and "followUp" not in v]
        if not pool:
            continue
        first = rng.choice(pool)
        first["timeWindows"] = [MORNING]
        skills, duration, _ = JOBS[second_job]
        follow = {
            "id": f"V{len(visits) + 1:03d}-{second_job}",
            "customer": first["customer"], "address": first["address"], "location": dict(first["location"]),
            "duration": duration, "skills": dict(skills), "priority": first["priority"],
            "penalty": first["penalty"],
            "followUp": {"after": first["id"], "minGap": gap, "sameTechnician": same},
        }
        if same:
            follow["skills"] = {**skills, **first["skills"]}
        visits.append(follow)

    # Pinned: a regular customer's own technician, two of them at a fixed, promised time.
    pins = [("greta", "server-maintenance", "10:00"), ("anna", "boiler-service", "14:00"),
            ("ida", "network-support", None), ("jonas", "drain-unblock", None)]
    for tech, job, start in pins:
        pool = [v for v in visits if v["id"].endswith(job) and "followUp" not in v
                and not any(w["after"] == v["id"] for w in [x.get("followUp") or {"after": ""} for x in visits])]
        visit = rng.choice(pool)
        visit["pinnedTechnician"] = tech
        visit.pop("sla", None)
        if start:
            home = BY_ID[tech]["start"]
            _, postcode, streets = DISTRICTS[HOME_DISTRICT[tech]][1:]
            visit["location"] = {"lat": round(home["lat"] + 0.006, 5), "lon": round(home["lon"] + 0.008, 5)}
            visit["address"] = f"{rng.choice(streets)} {rng.randint(1, 180)}, {postcode} Berlin"
            visit["pinnedStart"] = start
            visit["timeWindows"] = [MORNING if minutes(start) < 720 else AFTERNOON]
            visit["mandatory"] = True
            visit["priority"] = 3
            visit.pop("penalty", None)

    # Preferences and exclusions among the qualified technicians.
    free = [v for v in visits if "pinnedTechnician" not in v]
    for visit in rng.sample(free, 12):
        visit["preferredTechnicians"] = [rng.choice(qualified(visit["skills"]))]
    for visit in rng.sample([v for v in free if len(qualified(v["skills"])) >= 3], 6):
        options = [t for t in qualified(visit["skills"]) if t not in visit.get("preferredTechnicians", [])]
        visit["excludedTechnicians"] = [rng.choice(options)]

    order = ["id", "customer", "address", "location", "duration", "skills", "timeWindows", "sla", "priority",
             "mandatory", "penalty", "preferredTechnicians", "excludedTechnicians", "pinnedTechnician",
             "pinnedStart", "followUp"]
    visits = [{key: v[key] for key in order if key in v} for v in visits]
    check(visits)

    scenario = {
        "name": "Berlin next-day dispatch (demo)",
        "date": "2026-11-30",
        "timeZone": "Europe/Berlin",
        "skills": SKILLS,
        "travel": {"kind": "geographic", "detourFactor": 1.3, "speedKmh": 30},
        "objective": {"kind": "weighted"},
        "technicians": TECHNICIANS,
        "visits": visits,
    }
    OUTPUT.write_text(json.dumps(scenario, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    mandatory = sum(1 for v in visits if v.get("mandatory"))
    print(f"wrote {OUTPUT.name}: {len(TECHNICIANS)} technicians, {len(visits)} visits, {mandatory} mandatory")


def check(visits):
    """Fails loudly when the scenario could not be served for an obvious reason."""
    ids = {v["id"] for v in visits}
    assert len(ids) == len(visits), "duplicate visit ids"
    for v in visits:
        able = qualified(v["skills"])
        assert able, f"{v['id']}: no technician has {v['skills']}"
        assert all(s in SKILLS for s in v["skills"]), v["id"]
        allowed = [t for t in able if t not in v.get("excludedTechnicians", [])]
        assert allowed, f"{v['id']}: every qualified technician is excluded"
        for t in v.get("preferredTechnicians", []):
            assert t in able, f"{v['id']}: preferred {t} is not qualified"
        if "pinnedTechnician" in v:
            assert v["pinnedTechnician"] in allowed, f"{v['id']}: pinned technician cannot serve it"
            allowed = [v["pinnedTechnician"]]
        if "followUp" in v:
            assert v["followUp"]["after"] in ids, f"{v['id']}: unknown predecessor"
        if v.get("mandatory"):
            window = (v.get("timeWindows") or [{"start": "08:00", "end": "16:00"}])[0]
            reachable = False
            for t in allowed:
                tech = BY_ID[t]
                travel = km(tech["start"], v["location"]) / 30 * 60 / tech.get("speedFactor", 1)
                earliest = max(minutes(tech["shift"]["start"]) + travel, minutes(window["start"]))
                back = earliest + v["duration"] + travel
                if earliest <= minutes(window["end"]) and back <= minutes(tech["shift"]["end"]):
                    reachable = True
            assert reachable, f"{v['id']}: mandatory but no allowed technician can reach it in time"
    for t in TECHNICIANS:
        assert all(s in SKILLS for s in t["skills"]), t["id"]
        assert all(1 <= level <= 3 for level in t["skills"].values()), t["id"]


if __name__ == "__main__":
    main()
