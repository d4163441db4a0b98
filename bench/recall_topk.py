"""Recall of a teacher's key among the top K drafts, raw English and preprocessed.

K = max(3 x the key's facts, the document's content tokens / 10): the aim of issue 15 is
>= 90 % (raw English) and >= 80 % (preprocessed) on documents nobody tuned on.

Usage: python bench/recall_topk.py [--misses]
Fresh held-out set: tests/data/fresh_extract/printing_press.txt (+ key), written at the end
of issue 15's third round and measured once; nobody tunes on it. Tuned on (for question
shapes, not recall): tests/data/heldout/ (smallpox.txt, hubble.md), tests/data/fresh_extract/
rosetta.txt, siberian.txt, lighthouse.txt, vaccine_polio.txt, penicillin.txt, everest.txt,
telescope_radio.txt and tunnel_channel.txt, whose reviews shaped edu/extract/questions.py.
Blind set (tests/data/blind/, written by a helper who never saw the code, measured by the
lead, its drafts judged by teachers who saw nothing else): brooklyn_bridge.txt and
penicillin_discovery.txt were measured once after issue 15's third round, then the fault
classes their blind review showed were handed to the fourth round (tuned on, indirectly);
erie_canal.txt and insulin.txt were measured once after the fourth round, then tuned on by
the fifth round (raw English: their top-20 drafts were read and the code changed because of
them; their recall did not move; preprocessed text: names and questions from stems were tuned
on them). None of the four is blind any more. Fresh held out for the fifth round's
preprocessed work: tests/data/fresh_extract/neptune.txt (measured once mid-round, then one fix
was made because of it) and telegraph.txt (written near the end of the round, measured once at
its end, then two fixes were made because of it). Blind after the fifth round:
tests/data/blind/dna_double_helix.txt and great_fire_london.txt (sydney_opera_house.txt is the
topic twin of a tuning text; reported apart); after the sixth: eiffel_tower.txt, xrays.txt,
krakatoa.txt.
For comparison the tuned documents tests/data/unseen_{rail,polar}.txt are measured too,
preprocessed only (their keys' `near` runs are stems). The preprocessed form of each raw
document is made with the seed recipe (`edu preprocess`) in a temporary folder.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # bench.* beside edu

import yaml  # noqa: E402

from bench.recall import KeyFact, recall  # noqa: E402
from edu.extract import extract_candidates  # noqa: E402
from edu.text.preprocess import preprocess, preprocess_words  # noqa: E402
from edu.text.reading import read_document  # noqa: E402

DATA = Path(__file__).resolve().parent.parent / "tests" / "data"
# Written as held out, then tuned on for question shapes (blind reviews of their drafts led
# to edu/extract/questions.py); their answers and recall were not tuned.
HELD_OUT = [(DATA / "heldout" / "smallpox.txt", DATA / "heldout" / "smallpox_key.yaml"),
            (DATA / "heldout" / "hubble.md", DATA / "heldout" / "hubble_key.yaml"),
            (DATA / "fresh_extract" / "rosetta.txt", DATA / "fresh_extract" / "rosetta_key.yaml"),
            (DATA / "fresh_extract" / "siberian.txt",
             DATA / "fresh_extract" / "siberian_key.yaml"),
            (DATA / "fresh_extract" / "lighthouse.txt",
             DATA / "fresh_extract" / "lighthouse_key.yaml"),
            (DATA / "fresh_extract" / "vaccine_polio.txt",
             DATA / "fresh_extract" / "vaccine_polio_key.yaml"),
            (DATA / "fresh_extract" / "penicillin.txt",
             DATA / "fresh_extract" / "penicillin_key.yaml"),
            (DATA / "fresh_extract" / "everest.txt", DATA / "fresh_extract" / "everest_key.yaml"),
            (DATA / "fresh_extract" / "telescope_radio.txt",
             DATA / "fresh_extract" / "telescope_radio_key.yaml"),
            (DATA / "fresh_extract" / "tunnel_channel.txt",
             DATA / "fresh_extract" / "tunnel_channel_key.yaml")]
# Fresh held out after all of the above was tuned on: written at the end of issue 15's third
# round (after the six fresh documents above were each measured, then tuned on), measured
# once.
FRESH = [(DATA / "fresh_extract" / "printing_press.txt",
          DATA / "fresh_extract" / "printing_press_key.yaml")]
FRESH_5 = [(DATA / "fresh_extract" / "neptune.txt", DATA / "fresh_extract" / "neptune_key.yaml"),
           (DATA / "fresh_extract" / "telegraph.txt",
            DATA / "fresh_extract" / "telegraph_key.yaml")]
BLIND_TUNED = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
               for name in ("brooklyn_bridge", "penicillin_discovery")]
# Measured blind after the fourth round, tuned on by the fifth (raw prompts; preprocessed
# names and questions): no longer blind.
BLIND = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
         for name in ("erie_canal", "insulin")]
# Written for the fifth round before any measurement, measured by the lead after it (before and
# after, recall and a blind teachers' review) and not tuned on. sydney_opera_house.txt shares
# its topic and many facts with tests/data/tuning/opera_house.txt, which the fifth round wrote
# and tuned on: it is reported apart, as not blind.
BLIND_5 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
           for name in ("dna_double_helix", "great_fire_london")]
# Written before any extraction, measured by the lead before issue 15's fifth round, after it
# and after the sixth (recall and blind teachers' reviews); then tuned on for three fixes their
# review named (a death date given to the wrong person in stems, a space lost with a comma, a
# name the title says asked as trivia).
BLIND_6 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
           for name in ("eiffel_tower", "xrays", "krakatoa")]
# Written for this session before any extraction on them, measured by the lead after issue
# 15's seventh and eighth rounds (before and after, recall and blind teachers' reviews); then
# the faults their review named were handed to two short rounds: tuned on since.
BLIND_7 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
           for name in ("thames_tunnel", "coelacanth", "tay_bridge", "tutankhamun")]
# Written for the lead's blind measurement after issue 15's ninth rounds (five documents with
# teachers' keys, written before any extraction on them; measured before (9fae80f) and after
# (f87ca32), recall and blind teachers' reviews, docs/EXTRACT.md): tuned on since.
BLIND_8 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
           for name in ("kon_tiki", "london_sewers", "uranus", "bell_x1", "linear_b")]
# Written for the lead's blind measurement after issue 15's tenth rounds (five documents with
# teachers' keys, written before any extraction on them; measured before (f23d447) and after
# (11d78f5), recall and blind teachers' reviews, docs/EXTRACT.md): tuned on since.
BLIND_9 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
           for name in ("tacoma_narrows", "harrison_longitude", "mary_rose", "terracotta_army",
                        "mount_st_helens")]
# Set 10: written as fresh held-out documents with their keys, measured blind once (before
# 5e0965f, after e5d8d3e: docs/EXTRACT.md, "after the eleventh rounds"); tuned on from then.
BLIND_10 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
            for name in ("vasa_warship", "gotthard_base_tunnel", "antikythera_mechanism",
                         "discovery_of_oxygen", "san_francisco_earthquake")]
# Set 12: written as fresh held-out documents with their keys at the start of issue 15's
# thirteenth rounds, before any extraction on them; measured blind once (before b040da7, after
# 09e6ede: docs/EXTRACT.md, "after the thirteenth rounds"); tuned on from then.
BLIND_12 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
            for name in ("alfred_wegener", "discovery_of_the_electron", "endurance_expedition",
                         "johnstown_flood", "stephensons_rocket")]
# Set 13: written as fresh held-out documents with their keys mid-session (2026-12-07),
# before any extraction on them; measured blind once (start b040da7, mid 6f21e27, final
# d6d8600: docs/EXTRACT.md, "A second blind measurement"); panama_canal is the topic twin of
# tests/data/extract_panama.txt. Tuned on from then.
BLIND_13 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
            for name in ("aberfan_disaster", "ada_lovelace", "franklin_expedition",
                         "galilean_moons", "panama_canal")]
# Set 14: written as fresh held-out documents with their keys at the start of the fourteenth
# rounds (2026-12-07), before any extraction on them; measured blind once (before 894c09e,
# after d80b229: docs/EXTRACT.md, "Blind measurement, set 14"). Tuned on from then.
BLIND_14 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
            for name in ("chile_miners_rescue", "enigma_machine", "higgs_boson", "mary_anning",
                         "svalbard_seed_vault")]
# Set 15: one document written with its key at the end of the fourteenth session, after set 14
# had been tuned on (the title round), by a helper who never saw the code; measured once on
# the final commit and not tuned on: the next session's first blind figure.
BLIND_15 = [(DATA / "blind" / "laennec_stethoscope.txt",
             DATA / "blind" / "laennec_stethoscope_key.yaml")]
# Set 16: five documents written with their keys by a helper who never saw the code, at the
# start of issue 15's fifteenth rounds; measured blind before (f350a14) and after (6afcc70)
# them, with laennec_stethoscope, and reviewed by fresh teachers (docs/EXTRACT.md, "Blind
# measurement, set 16"). Tuned on from then.
BLIND_16 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
            for name in ("barcode_upc", "eyjafjallajokull_ash_2010", "marshall_plan_review",
                         "ozone_hole_discovery", "payne_stellar_hydrogen")]
# Set 17: one document written with its key at the end of the fifteenth session by a helper
# who never saw the code; measured once on the final commit, then blind beside set 18 at the
# sixteenth session's start; tuned on from round 16k (which read its changed prompts).
BLIND_17 = [(DATA / "blind" / "louis_braille.txt", DATA / "blind" / "louis_braille_key.yaml")]
# Set 18: five documents written with their keys at the start of the sixteenth session by a
# helper who never saw the code; measured on main (433e252) before any round and once on the
# merged rounds (docs/EXTRACT.md "Held-out set 18"). Two share a topic with round 16k's own
# tuning texts (Mendel, the Hudson landing; different documents by different writers).
BLIND_18 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
            for name in ("gregor_mendel", "hudson_landing", "human_genome_project", "lake_baikal",
                         "michelson_morley")]
# Set 19: five documents written with their keys at the seventeenth session's start by a
# helper who never saw the code; measured on main (1e7839a) before any round and once on the
# merged rounds (18660b7; docs/EXTRACT.md "Held-out set 19"). No round read them.
BLIND_19 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
            for name in ("dead_sea", "leeuwenhoek", "millennium_bridge_reopens",
                         "radiocarbon_dating", "thames_barrier_report")]
# Set 20: five documents written with their keys at the eighteenth session's start by a
# helper who never saw the code; measured on main (1feaf16) before any round and once on the
# merged rounds (2ea7114; docs/EXTRACT.md "Held-out set 20"). No round read them.
BLIND_20 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
            for name in ("blackout_2003", "dust_bowl", "erasmus_programme", "henrietta_leavitt",
                         "mekong_river")]
# Set 21: five documents written with their keys at the nineteenth session's start by a
# helper who never saw the code; measured on main (ca344a9) before any round and once on the
# merged rounds (1366387; docs/EXTRACT.md "Held-out set 21"). No round read them; one item
# rule was retired and one wrong referent mended because of their verdicts (tuned on since).
BLIND_21 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
            for name in ("ceres_discovery", "interstate_highway_system", "joseph_lister",
                         "kevlar_fibre", "pinatubo_eruption")]
# Set 22: five documents written with their keys at the nineteenth session's end by a
# helper who never saw the code; measured on main (4337815) before the twentieth session's
# rounds and once on the merged rounds (55e68be; docs/EXTRACT.md "Held-out set 22"). No
# round read them.
BLIND_22 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
            for name in ("atacama_desert", "genoa_morandi_collapse", "london_congestion_charge",
                         "mendeleev_periodic_table", "sydney_harbour_bridge")]
BLIND_23 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
            for name in ("caroline_herschel", "great_green_wall", "key_bridge_collapse",
                         "oresund_link", "scurvy_vitamin_c")]
# Set 25: five documents written with their keys by a helper who never saw the code, at the
# twenty-second session's start (set 24, kept outside the repository, was lost unmeasured);
# measured blind before (1c6d7bb) and after (14e1429) its rounds (docs/EXTRACT.md, "Held-out
# set 25"); three fixes were then made from its review (8a1e5f3): tuned on from then.
BLIND_25 = [(DATA / "blind" / f"{name}.txt", DATA / "blind" / f"{name}_key.yaml")
            for name in ("chien_shiung_wu", "cn_tower", "great_kanto_earthquake",
                         "james_webb_telescope_arrival", "smithsonian_institution")]
# Written for issue 15's ninth round (raw recall) with their keys, before any extraction on
# them; measured once on main and on the branch before its last fix (raw 13 and 13 of 15
# on both), then tuned on (an age written "22-year-old").
TUNING_9 = [(DATA / "tuning" / f"{name}.txt", DATA / "tuning" / f"{name}_key.yaml")
            for name in ("pluto", "hindenburg")]
# Written for issue 15's ninth round (preprocessed recall) with its key before any extraction
# on it (a text of its own on the same topic as pluto.txt, written at the same time by
# another engineer), measured once (main and that round's code then: preprocessed 11/15),
# then tuned on.
TUNING_9B = [(DATA / "tuning" / "pluto_lowell.txt", DATA / "tuning" / "pluto_lowell_key.yaml")]
# Written for issue 15's ninth round (preprocessed wording) with its key, before any extraction
# on it; its preprocessed top 20 measured once (kept 1 on main, 3 on the branch), then tuned
# on (a count after a past verb is its object: "climbed 354 steps to reach").
TUNING_9W = [(DATA / "tuning" / "statue_bartholdi.txt",
              DATA / "tuning" / "statue_bartholdi_key.yaml")]
# Written for issue 15's ninth round (preprocessed organisations and places) with its key
# before any extraction on it, measured once (main and the round's code), then tuned on.
TUNING_9C = [(DATA / "tuning" / "transcontinental.txt",
              DATA / "tuning" / "transcontinental_key.yaml")]
# Written for issue 15's tenth round (preprocessed first page) with their keys, before any
# extraction on them; measured once on main (f23d447), then tuned on.
TUNING_10 = [(DATA / "tuning" / f"{name}.txt", DATA / "tuning" / f"{name}_key.yaml")
             for name in ("halley_return", "hadrian_frontier", "qumran_scrolls")]
# Written for issue 15's eleventh round (preprocessed questions a teacher asked for) with their
# keys, before any extraction on them; measured once on main and the branch, then tuned on.
TUNING_11 = [(DATA / "tuning" / f"{name}.txt", DATA / "tuning" / f"{name}_key.yaml")
             for name in ("berlin_wall", "photosynthesis")]
# Written for issue 15's eleventh round (preprocessed names) with their keys, before any
# extraction on them (rich in non-English names); measured once on the round's base, then
# tuned on.
TUNING_11N = [(DATA / "tuning" / f"{name}.txt", DATA / "tuning" / f"{name}_key.yaml")
             for name in ("amundsen_pole", "nobel_prize", "transsiberian_build")]
# Written for issue 15's eleventh round (raw wording) with their keys, before any extraction
# on them (a report dense with measurements and compound units; a narrative of many people,
# roles and organisations); their top 20 read once on main (5e0965f), then tuned on.
TUNING_11W = [(DATA / "tuning" / f"{name}.txt", DATA / "tuning" / f"{name}_key.yaml")
             for name in ("brooklyn_bridge_report", "wright_first_flight")]
# Written for issue 15's thirteenth round (raw recall) with their keys, before any extraction
# on them (a life, a disaster, a structure, a discovery, an expedition); measured once on main
# (24b8db1), then tuned on.
TUNING_13 = [(DATA / "tuning" / f"{name}.txt", DATA / "tuning" / f"{name}_key.yaml")
             for name in ("semmelweis", "molasses_flood", "falkirk_wheel", "cosmic_background",
                          "burke_wills")]
# Written for issue 15's thirteenth round (raw wording) with their keys, before any extraction
# on them (a scientist's life, a ship, a bridge, a discovery); their top 20 read once on main
# (24b8db1), then tuned on.
TUNING_13W = [(DATA / "tuning" / f"{name}.txt", DATA / "tuning" / f"{name}_key.yaml")
              for name in ("dorothy_hodgkin", "cutty_sark", "forth_bridge", "neutron_discovery")]
# Written for issue 15's fourteenth round (raw recall) with their keys, before any extraction
# on them (two encyclopedic texts, a news report, an operating report dense with figures, a
# life); measured once on main (894c09e), then tuned on.
TUNING_14R = [(DATA / "tuning" / f"r14_{name}.txt", DATA / "tuning" / f"r14_{name}_key.yaml")
              for name in ("lisbon_earthquake", "helium", "chile_miners", "three_gorges",
                           "ramanujan")]
# Written for issue 15's fifteenth round (recall and answers) with their keys, before any
# extraction on them (a disaster with a clock time and people by role, a station with signed
# temperatures, a currency changeover with money in several currencies, a fossil site with
# taxa and organisations); measured once on main (f350a14), then tuned on.
TUNING_15R = [(DATA / "tuning" / f"r15_{name}.txt", DATA / "tuning" / f"r15_{name}_key.yaml")
              for name in ("chernobyl_disaster", "vostok_station", "euro_changeover",
                           "burgess_shale")]
# Round 16c (recall on unseen text): six texts written with their keys before any extraction
# on them (a news report, an agency report, two lives, a science history, a geography
# article), measured once on main (433e252), then tuned on.
TUNING_16C = [(DATA / "tuning" / f"c16_{name}.txt", DATA / "tuning" / f"c16_{name}_key.yaml")
              for name in ("deepwater_horizon", "great_smog", "charles_drew", "ramon_y_cajal",
                           "rabies_vaccine", "lake_titicaca")]
TOPIC_TWIN = [(DATA / "blind" / "sydney_opera_house.txt",
               DATA / "blind" / "sydney_opera_house_key.yaml")]
# Thirteenth round (preprocessed keep): four texts written with their keys before any
# extraction on them, measured once on main (24b8db1), then tuned on.
TUNING_13P = [(DATA / "tuning" / f"{name}.txt", DATA / "tuning" / f"{name}_key.yaml")
              for name in ("florence_nightingale", "alaska_pipeline", "tunguska_event",
                           "first_olympics")]
# Fourteenth round (preprocessed drafts as questions): four texts written with their keys
# before any extraction on them, measured once on main (894c09e), then tuned on.
TUNING_14P = [(DATA / "tuning" / f"p14_{name}.txt", DATA / "tuning" / f"p14_{name}_key.yaml")
              for name in ("halifax_explosion", "apollo_thirteen", "lindbergh_flight",
                           "dolly_sheep")]
# Written for issue 15's fourteenth round (items) with their keys, before any extraction on
# them (a disaster, a discovery, a flight); their items read once on main (894c09e), then tuned on.
TUNING_14I = [(DATA / "tuning" / f"{name}.txt", DATA / "tuning" / f"{name}_key.yaml")
              for name in ("i14_halifax_explosion", "i14_lascaux_cave", "i14_vostok_flight")]
# Fourteenth round (question form): four texts written with their keys before any extraction
# on them (a disaster, a find, an expedition, a voyage); measured once on main (894c09e),
# then tuned on for the form of raw questions.
TUNING_14Q = [(DATA / "tuning" / f"{name}.txt", DATA / "tuning" / f"{name}_key.yaml")
              for name in ("q14_halifax_explosion", "q14_sutton_hoo", "q14_lewis_clark",
                           "q14_beagle_voyage")]
# Fourteenth round (naming the subject): four texts written with their keys before any
# extraction on them (a disaster of two ships, a life, a flight, a company), measured once
# on main (894c09e), then tuned on.
TUNING_14N = [(DATA / "tuning" / f"n14_{name}.txt", DATA / "tuning" / f"n14_{name}_key.yaml")
              for name in ("halifax_explosion", "grace_hopper", "lindbergh_flight",
                           "dutch_east_india")]
TUNING_15N = [(DATA / "tuning" / f"n15_{name}.txt", DATA / "tuning" / f"n15_{name}_key.yaml")
              for name in ("arecibo_telescope", "rachel_carson", "thai_cave_rescue", "concorde")]
# Issue 15's items round (engineer i): four texts written with their keys before any
# extraction on them (a voyage, a hoax, an invention, a founding); their items read on main
# (f350a14), then tuned on. This round changes items only, not drafts.
TUNING_15I = [(DATA / "tuning" / f"i15_{name}.txt", DATA / "tuning" / f"i15_{name}_key.yaml")
              for name in ("bounty_mutiny", "piltdown_hoax", "bessemer_steel", "red_cross")]
# Round 16 (items a teacher keeps): five texts written with their keys before any extraction
# on them (a stamp, a climb, a balloon flight, a charter, a satellite); tuned on for items
# (options, true/false swaps, grading), not for extraction.
TUNING_16I = [(DATA / "tuning" / f"i16_{name}.txt", DATA / "tuning" / f"i16_{name}_key.yaml")
              for name in ("penny_black", "mont_blanc_ascent", "piccard_balloon", "magna_carta",
                           "sputnik_launch")]
# Round 17 (items a teacher keeps): five texts written with their keys before any extraction
# on them (an apparatus, a news report of a fire, a suffrage campaign, a hurricane, a Mars
# mission); tuned on for items (topic, relative time, datelines, conversions, sex of
# options), not for extraction.
TUNING_17I = [(DATA / "tuning" / f"i17_{name}.txt", DATA / "tuning" / f"i17_{name}_key.yaml")
              for name in ("joule_paddle_wheel", "notre_dame_fire", "nz_suffrage",
                           "galveston_hurricane", "mars_pathfinder")]
# Fifteenth round (question form): four texts written with their keys before any extraction
# on them (a family of writers, a swim, a dive, a find), measured once on main (f350a14),
# then tuned on for the form of raw questions (length, grammar, repeats on one page).
TUNING_15F = [(DATA / "tuning" / f"f15_{name}.txt", DATA / "tuning" / f"f15_{name}_key.yaml")
              for name in ("bronte_sisters", "ederle_channel", "trieste_dive", "lindow_man")]
# Round 15g (function words for preprocessed drafts): four texts written with their keys
# before any extraction on them (a disaster, a building, a ship, a life); measured once on
# main (f350a14), then tuned on for the wording of preprocessed fill-ins.
TUNING_15G = [(DATA / "tuning" / f"g15_{name}.txt", DATA / "tuning" / f"g15_{name}_key.yaml")
              for name in ("chernobyl", "pisa_tower", "lusitania", "nikola_tesla")]
# Round 16p (preprocessed drafts a teacher keeps): five texts written with their keys before
# any extraction on them (a launch, an eruption, an outbreak, a fleet, a voyage of science);
# measured once on main (433e252), then tuned on for the questions of preprocessed drafts.
TUNING_16P = [(DATA / "tuning" / f"p16_{name}.txt", DATA / "tuning" / f"p16_{name}_key.yaml")
              for name in ("sputnik_launch", "mont_pelee", "broad_street_cholera",
                           "zheng_he_voyages", "challenger_expedition")]
# Round 17p (preprocessed drafts as questions): five texts written with their keys before any
# extraction on them (a decipherment, a voyage, an athlete, a ruin, a tower); measured once on
# main (1e7839a), then tuned on for the question forms and ranking of preprocessed drafts.
TUNING_17P = [(DATA / "tuning" / f"p17_{name}.txt", DATA / "tuning" / f"p17_{name}_key.yaml")
              for name in ("champollion_hieroglyphs", "mayflower_voyage", "jesse_owens_berlin",
                           "machu_picchu", "empire_state_building")]
# Round 16k (drafts a teacher keeps: named referents, shorter prompts): five texts written with
# their keys before any extraction on them (three lives told with pronouns, a news report, an
# eruption called "the volcano"); measured once on main (433e252), then tuned on.
TUNING_16K = [(DATA / "tuning" / f"k16_{name}.txt", DATA / "tuning" / f"k16_{name}_key.yaml")
              for name in ("lise_meitner", "gregor_mendel", "amelia_earhart", "hudson_landing",
                           "vesuvius_eruption")]
# Round 17g (raw drafts a teacher keeps: grammar, length, cues): five texts written with their
# keys before any extraction on them (a find told in the passive, a news report with quotes,
# a line told in long sentences, an invention with quotes, a fire reported as news); measured
# once on this branch's base (1e7839a), then tuned on.
TUNING_17G = [(DATA / "tuning" / f"g17_{name}.txt", DATA / "tuning" / f"g17_{name}_key.yaml")
              for name in ("machu_picchu", "bannister_mile", "shinkansen", "bell_telephone",
                           "chicago_fire")]
# Round 17n (figures, names and places of preprocessed text): five texts written with their
# keys before any extraction on them (a reactor accident, a record of measurements, an
# airship's loss, an athletic record, a collision at sea: decimals, percentages, clock times,
# organisations and places); measured once on main (1e7839a), then tuned on.
TUNING_17N = [(DATA / "tuning" / f"n17_{name}.txt", DATA / "tuning" / f"n17_{name}_key.yaml")
              for name in ("three_mile_island", "keeling_curve", "r101_airship",
                           "beamon_long_jump", "andrea_doria")]
# Round 17k (naming the subject): five texts written with their keys before any extraction on
# them (a news report of an aircraft, a mountain, a company, a pair of scientists, a life);
# measured once on main (1e7839a), then tuned on.
TUNING_17K = [(DATA / "tuning" / f"k17_{name}.txt", DATA / "tuning" / f"k17_{name}_key.yaml")
              for name in ("gimli_glider", "mount_kilimanjaro", "hudsons_bay_company",
                           "hodgkin_huxley", "nellie_bly")]
TUNED = [(DATA / "unseen_rail.txt", DATA / "unseen_rail_reference.yaml"),
         (DATA / "unseen_polar.txt", DATA / "unseen_polar_reference.yaml")]


def key_facts(key_path: Path, text: str, stemmed: bool) -> list[KeyFact]:
    """The key with each `near` located in `text` (as written, or as its stems)."""
    data = yaml.safe_load(key_path.read_text("utf-8"))
    out = []
    for raw in data["facts"]:
        near = str(raw["near"])
        if stemmed:
            near = " ".join(preprocess_words(near))
        pos = text.find(near)
        if pos < 0:
            raise SystemExit(f"{key_path}: near text not in the document: {near!r}")
        out.append(KeyFact(raw["kind"], str(raw["answer"]), near, pos, pos + len(near)))
    return out


def measure(doc: Path, key_path: Path, stemmed_key: bool) -> tuple[int, int, int, list[KeyFact]]:
    reading = read_document(doc)
    key = key_facts(key_path, reading.text, stemmed_key)
    facts = extract_candidates(reading)
    k = max(3 * len(key), len(reading.tokens) // 10)
    share, missed = recall(key, facts[:k])
    return round(share * len(key)), len(key), k, missed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--misses", action="store_true", help="list the key facts missed")
    parser.add_argument("--group", action="append", default=[],
                        help="measure only this group (repeatable), e.g. 'tuning 14r'")
    parser.add_argument("--form", choices=("raw", "preprocessed"),
                        help="measure only this form of each document")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        for label, docs, forms in (("was held", HELD_OUT, ("raw", "preprocessed")),
                                   ("fresh", FRESH, ("raw", "preprocessed")),
                                   ("fresh 5", FRESH_5, ("raw", "preprocessed")),
                                   ("blind, tuned", BLIND_TUNED, ("raw", "preprocessed")),
                                   ("blind->tuned", BLIND, ("raw", "preprocessed")),
                                   ("blind 5", BLIND_5, ("raw", "preprocessed")),
                                   ("blind 6", BLIND_6, ("raw", "preprocessed")),
                                   ("blind 7", BLIND_7, ("raw", "preprocessed")),
                                   ("blind 8", BLIND_8, ("raw", "preprocessed")),
                                   ("blind 9", BLIND_9, ("raw", "preprocessed")),
                                   ("blind 10", BLIND_10, ("raw", "preprocessed")),
                                   ("blind 12", BLIND_12, ("raw", "preprocessed")),
                                   ("blind 13", BLIND_13, ("raw", "preprocessed")),
                                   ("blind 14", BLIND_14, ("raw", "preprocessed")),
                                   ("blind 15", BLIND_15, ("raw", "preprocessed")),
                                   ("blind 16", BLIND_16, ("raw", "preprocessed")),
                                   ("blind 17", BLIND_17, ("raw", "preprocessed")),
                                   ("blind 18", BLIND_18, ("raw", "preprocessed")),
                                   ("blind 19", BLIND_19, ("raw", "preprocessed")),
                                   ("blind 20", BLIND_20, ("raw", "preprocessed")),
                                   ("blind 21", BLIND_21, ("raw", "preprocessed")),
                                   ("blind 22", BLIND_22, ("raw", "preprocessed")),
                                   ("blind 23", BLIND_23, ("raw", "preprocessed")),
                                   ("blind 25", BLIND_25, ("raw", "preprocessed")),
                                   ("topic twin", TOPIC_TWIN, ("raw", "preprocessed")),
                                   ("tuning 9", TUNING_9, ("raw", "preprocessed")),
                                   ("tuning 9b", TUNING_9B, ("raw", "preprocessed")),
                                   ("tuning 9w", TUNING_9W, ("raw", "preprocessed")),
                                   ("tuning 9c", TUNING_9C, ("raw", "preprocessed")),
                                   ("tuning 10", TUNING_10, ("raw", "preprocessed")),
                                   ("tuning 11", TUNING_11, ("raw", "preprocessed")),
                                   ("tuning 11n", TUNING_11N, ("raw", "preprocessed")),
                                   ("tuning 11w", TUNING_11W, ("raw", "preprocessed")),
                                   ("tuning 13", TUNING_13, ("raw", "preprocessed")),
                                   ("tuning 13w", TUNING_13W, ("raw", "preprocessed")),
                                   ("tuning 13p", TUNING_13P, ("raw", "preprocessed")),
                                   ("tuning 14n", TUNING_14N, ("raw", "preprocessed")),
                                   ("tuning 14p", TUNING_14P, ("raw", "preprocessed")),
                                   ("tuning 14i", TUNING_14I, ("raw", "preprocessed")),
                                   ("tuning 14r", TUNING_14R, ("raw", "preprocessed")),
                                   ("tuning 14q", TUNING_14Q, ("raw", "preprocessed")),
                                   ("tuning 15n", TUNING_15N, ("raw", "preprocessed")),
                                   ("tuning 15i", TUNING_15I, ("raw", "preprocessed")),
                                   ("tuning 16i", TUNING_16I, ("raw", "preprocessed")),
                                   ("tuning 17i", TUNING_17I, ("raw", "preprocessed")),
                                   ("tuning 15f", TUNING_15F, ("raw", "preprocessed")),
                                   ("tuning 15g", TUNING_15G, ("raw", "preprocessed")),
                                   ("tuning 15r", TUNING_15R, ("raw", "preprocessed")),
                                   ("tuning 16c", TUNING_16C, ("raw", "preprocessed")),
                                   ("tuning 16p", TUNING_16P, ("raw", "preprocessed")),
                                   ("tuning 16k", TUNING_16K, ("raw", "preprocessed")),
                                   ("tuning 17g", TUNING_17G, ("raw", "preprocessed")),
                                   ("tuning 17p", TUNING_17P, ("raw", "preprocessed")),
                                   ("tuning 17n", TUNING_17N, ("raw", "preprocessed")),
                                   ("tuning 17k", TUNING_17K, ("raw", "preprocessed")),
                                   ("tuned", TUNED, ("as is",))):
            if args.group and label not in args.group:
                continue
            for form in forms:
                if args.form and form != args.form:
                    continue
                got = total = 0
                for doc, key_path in docs:
                    path = doc
                    if form == "preprocessed":
                        path = Path(tmp) / (doc.name.split(".")[0] + ".txt")
                        path.write_text(preprocess(doc.read_text("utf-8")) + "\n", "utf-8")
                    found, n, k, missed = measure(path, key_path,
                                                  stemmed_key=form == "preprocessed")
                    got, total = got + found, total + n
                    print(f"{label:12} {form:12} {doc.name:24} {found:3}/{n:<3} in top {k}")
                    if args.misses:
                        for m in missed:
                            print(f"{'':24} missed {m.kind}: {m.answer}  ({m.near})")
                print(f"{label:12} {form:12} {'all':24} {got:3}/{total:<3} = {got / total:.0%}")


if __name__ == "__main__":
    main()
