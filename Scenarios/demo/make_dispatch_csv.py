#!/usr/bin/env python3
"""Derives the dispatch demo files (team.csv, visits.csv) from next-day.json.

team.csv is written the way a German spreadsheet exports it (UTF-8 with BOM, `;` separator,
decimal commas, CRLF); visits.csv as a plain `,`-separated export. A few visits with a soft SLA
get a support contract instead (gold: 4 business hours, silver: next business day), with the
request time the business system recorded. Python standard library only; deterministic.
"""
import csv
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
scenario = json.load(open(os.path.join(HERE, "next-day.json"), encoding="utf-8"))


def skills(mapping):
    return ";".join(f"{k}:{v}" for k, v in mapping.items())


def decimal_comma(value):
    return str(value).replace(".", ",")


team_columns = ["id", "name", "skills", "latitude", "longitude", "shift_start", "shift_end", "breaks",
                "profile", "cost_per_hour", "cost_per_km", "allowed_overtime", "overtime_cost_per_hour",
                "work_duration_factor", "max_visits"]
with open(os.path.join(HERE, "team.csv"), "w", encoding="utf-8-sig", newline="") as out:
    writer = csv.writer(out, delimiter=";", lineterminator="\r\n")
    writer.writerow(team_columns)
    for t in scenario["technicians"]:
        writer.writerow([
            t["id"], t.get("name", ""), skills(t.get("skills", {})),
            decimal_comma(t["start"]["lat"]), decimal_comma(t["start"]["lon"]),
            t["shift"]["start"], t["shift"]["end"],
            ";".join(f'{b["duration"]}@{b["earliestStart"]}-{b["latestStart"]}' for b in t.get("breaks", [])),
            "bike" if t.get("speedFactor", 1) < 1 else "van",
            decimal_comma(t.get("costPerHour", "")), decimal_comma(t.get("costPerKm", "")),
            t.get("allowedOvertime", ""), t.get("overtimeCostPerHour", ""),
            decimal_comma(t.get("workDurationFactor", "")), t.get("maxVisits", ""),
        ])

# Soft-SLA visits turned into contract visits: (tier, request time).
soft = [v for v in scenario["visits"] if "sla" in v and not v["sla"].get("hard", False)]
contracts = {}
for index, visit in enumerate(soft[:8]):
    if visit["sla"]["deadline"] <= "12:00":
        contracts[visit["id"]] = ("gold", "2026-11-29 18:40" if index % 2 else "2026-11-30 07:05")
    else:
        contracts[visit["id"]] = ("silver", "2026-11-27 15:20")

visit_columns = ["id", "customer", "address", "latitude", "longitude", "duration", "skills", "windows",
                 "sla_deadline", "sla_hard", "sla_penalty_per_minute", "contract", "requested", "priority",
                 "mandatory", "penalty", "preferred_technicians", "excluded_technicians", "pinned_technician",
                 "pinned_start", "follow_up_after", "follow_up_min_gap", "follow_up_same_technician"]
with open(os.path.join(HERE, "visits.csv"), "w", encoding="utf-8", newline="") as out:
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(visit_columns)
    for v in scenario["visits"]:
        sla = v.get("sla")
        contract = contracts.get(v["id"])
        follow = v.get("followUp")
        writer.writerow([
            v["id"], v.get("customer", ""), v.get("address", ""), v["location"]["lat"], v["location"]["lon"],
            v["duration"], skills(v.get("skills", {})),
            ";".join(f'{w["start"]}-{w["end"]}' for w in v.get("timeWindows", [])),
            sla["deadline"] if sla and not contract else "",
            ("yes" if sla.get("hard") else "") if sla and not contract else "",
            sla.get("penaltyPerMinute", "") if sla and not contract else "",
            contract[0] if contract else "", contract[1] if contract else "",
            v.get("priority", ""), "yes" if v.get("mandatory") else "", v.get("penalty", ""),
            ";".join(v.get("preferredTechnicians", [])), ";".join(v.get("excludedTechnicians", [])),
            v.get("pinnedTechnician", ""), v.get("pinnedStart", ""),
            follow["after"] if follow else "", follow.get("minGap", "") if follow else "",
            ("yes" if follow.get("sameTechnician") else "") if follow else "",
        ])
