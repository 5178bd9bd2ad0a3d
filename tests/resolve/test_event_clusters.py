"""Multi-outlet reports through extraction and the store: one KB event per incident, none merged.

``clusters/reports.json`` holds reports written for this test (invented incidents at real
places, each told by two to four outlets in their own styles, plus near misses: two attacks of
one state and day, one town a week apart, a raid answering an attack, a shelling told beside
the bombing it followed). ``benchmarks/kb_clusters.py`` prints the same figures per incident.
The bounds are the KB events beyond one per incident each set gives now (tightened as identity
improves): a few incidents are still split by extraction errors (a place name read as an actor, a
victims' unit read as the attacker, a division no table knows).
"""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from nexus.store import open_store
from nexus.store.schema import event_reports

FIXTURE = Path(__file__).parent / "clusters" / "reports.json"
#: Incidents in regions ``reports.json`` leaves out (Lake Chad, Thailand's deep south, Peru, Benin,
#: Papua, the Central African Republic), with their own traps (see the tests at the end).
MORE = Path(__file__).parent / "clusters" / "reports_more.json"
#: A third set (eastern Congo, central Mali, Colombia's Pacific coast, northern Syria, Myanmar,
#: western Niger, Bajaur, Jonglei ...) with villages against their divisions, recalls placed by a
#: dateline and near misses of one day or one town.
THIRD = Path(__file__).parent / "clusters" / "reports_third.json"
#: A fourth set (western Oromia, Anbar, North Sinai, Balochistan, Manipur, Haiti, Tigray, Kabul ...)
#: with regions named as parts or spelt as no table spells them, sites spelt two ways, divisions
#: after a region's possessive, claims naming only the division, and near misses of one province,
#: city or zone.
FOURTH = Path(__file__).parent / "clusters" / "reports_fourth.json"
#: A fifth set (Tahoua, Zamfara, Gedo, Warrap, Ouham-Pende, Fezzan, Abyan, Nangarhar, Rakhine ...)
#: with villages against departments, LGAs, counties and townships, transliterations and follow-ups.
FIFTH = Path(__file__).parent / "clusters" / "reports_fifth.json"
#: A sixth set (Tillaberi, Alibori, Savanes, Lac, Walikale, North Wollo, North Darfur, Kanker, Diyala,
#: Abyan, Bundibugyo, Narathiwat, Sagaing, Ayacucho, Wag Hemra) with divisions the GeoNames tables lack
#: (prefectures, zones, territories, departments), regions spelt otherwise, a state's count of
#: militants killed after the attack, and near misses of one department, territory or province.
SIXTH = Path(__file__).parent / "clusters" / "reports_sixth.json"
#: A seventh set, written blind for session 17 and added after its measurement (Centre-Nord and Boucle
#: du Mouhoun, Mopti and Menaka, Zamfara, Benue and Plateau, Cameroon's Far North and North-West, Lower
#: Shabelle and Hiraan, Tana River, Nangarhar, Deir ez-Zor, Niassa, Lanao del Sur and Sulu, Cauca,
#: Michoacan, Kurram): villages no gazetteer knows against their divisions, a renamed region, state
#: labels, tolls rising over days. Still split about one incident in three; two kidnappings are read as
#: attacks, and a funeral report that also tells the next attack beside it counts as a merge.
SEVENTH = Path(__file__).parent / "clusters" / "reports_seventh.json"
#: An eighth set, written blind for session 18 and added after its measurement (Segou, Burkina Faso's Est
#: and Centre-Est, Maradi, Kebbi, Sokoto and Kogi, Cameroon's South-West, Haut-Mbomou, South Kivu, South
#: Kordofan, Benishangul-Gumuz, Bay, Lamu and Garissa, Nampula, North Waziristan and Dera Ismail Khan,
#: Assam, Kirkuk, Norte de Santander, Zacatecas): villages against communes, cercles, LGAs, woredas,
#: tehsils, or only a quarter of the country; transliterations; claims naming the place their own way;
#: near misses of a neighbouring department, county or district the same day, told beside the incident.
#: Three kidnappings are still read as attacks; a funeral dated by its own day, a woreda and a prefecture
#: no table knows, and a claim placed 50 km off by its own wording still split incidents.
EIGHTH = Path(__file__).parent / "clusters" / "reports_eighth.json"
#: A ninth set, written blind for session 19 and added after its measurement (Atacora, Togo's Savanes,
#: Plateau, Katsina and Zamfara, Tahoua, Lac, North Darfur, Jonglei, Ituri, Hiraan, Niassa, Kalat,
#: Bajaur and Kurram, Narayanpur, Sagaing, Lanao del Sur, Cauca, Diyala, Shabwa): villages against
#: arrondissements, prefectures, LGAs, payams, chiefdoms, tehsils and barangays or only a quarter of
#: the country, transliterations, tolls rising over days, state statements naming only the division,
#: follow-ups of funerals and arrests; near misses of the same village a week later, the neighbouring
#: LGA or district the same day, the army's reprisal the next day, an anniversary piece.
NINTH = Path(__file__).parent / "clusters" / "reports_ninth.json"
#: A tenth set, written blind for session 20 and added after its measurement (Mopti and Segou, Burkina
#: Faso's Est, Tillaberi, Borno, southern Kaduna and Niger State, Cameroon's Far North and North-West,
#: Beni, Cabo Delgado, Lamu, Bay, North Waziristan and Kech, Nangarhar, Rajouri and Poonch, Rakhine,
#: Basilan, Norte de Santander): villages against cercles, LGAs, territories, sub-counties, tehsils,
#: townships and barangays or only a quarter of the country, spellings that differ between outlets,
#: tolls rising over days, follow-ups of displaced, burials and escaped abductees; near misses of the
#: same village a week later, the neighbouring LGA or district the same day, the army's raid the next
#: day, an anniversary piece.
TENTH = Path(__file__).parent / "clusters" / "reports_tenth.json"
#: An eleventh set, written blind for session 21 and added after its measurement (Burkina Faso's Sahel,
#: Gao and Menaka, Tahoua, Plateau, Lac, Cameroon's South-West, Ituri, Niassa, Amhara, Lower Shabelle,
#: Garissa, Lakki Marwat, Sukma, Narathiwat and Yala, Lanao del Sur, Cauca, Michoacan, Diyala, the Homs
#: desert, Shabwa): villages against provinces, cercles, LGAs, territories, zones, sub-counties and
#: governorates or only a quarter of the country, three spellings of one town, tolls rising over days,
#: state labels; near misses of the neighbouring region, LGA or province the same day (all three
#: joined to the incident at the start of session 22, apart since), the army's raid the next day, the
#: same town a week later, an anniversary piece that also names a recent attack (joined to it at the
#: start of session 22; since, that passing mention is background).
ELEVENTH = Path(__file__).parent / "clusters" / "reports_eleventh.json"
#: A twelfth set, written blind for session 22's second part and added in session 23 after its
#: measurements (Zamfara, Borno and Katsina, Tillaberi, Segou, Burkina Faso's Est, Alibori, Beni, Cabo
#: Delgado, Middle Shabelle, Mandera, North Shewa, Balochistan and North Waziristan, Baghlan, Jammu and
#: Kashmir, Maguindanao del Sur, Arauca, Artibonite, Kirkuk), its incident towns, districts and one outlet
#: that the development reports or the cases also name renamed to other real places of the same region
#: and division: first reports naming only the LGA, district, county or a quarter of the country, later
#: ones the village; spellings that differ between outlets, tolls rising over days, claims in the group's
#: own count, state labels; near misses of the neighbouring department the same day, the same town a week
#: later, the army's raid the next day, an anniversary piece in the same LGA, a second raid in the same
#: LGA four days later, an attack across the border the same day.
TWELFTH = Path(__file__).parent / "clusters" / "reports_twelfth.json"
#: A thirteenth set, written blind for session 23 and added at its end after its measurements (Deir
#: ez-Zor, Kirkuk, Abyan, North Sinai, Fezzan, Lac, Cameroon's Far North and North-West, North Darfur,
#: Maguindanao del Sur, Narathiwat, Sagaing, Central Sulawesi, Cauca, Michoacan, Kilis, Grenoble,
#: Mainz, Dagestan), its towns, a department and an outlet that the development reports or the cases
#: name renamed to real places of the same region: tolls rising over days, transliterated spellings,
#: an attack in one outlet and a clash or raid in another, attackers counted or not, claims a day or two
#: later; near misses in the same province days later or the next district the same day, most told
#: beside their incident by its own reports.
THIRTEENTH = Path(__file__).parent / "clusters" / "reports_thirteenth.json"
#: A fourteenth set, written blind for session 24 and added at its end after its measurements (Borno,
#: Tillaberi, Soum, Bandiagara, Lower Shabelle, Lamu, Cabo Delgado, North Kivu, North Waziristan and
#: Bannu, northern Afghanistan, Jammu and Kashmir, Manipur, Sistan and Baluchestan, Diyala, the West
#: Bank, south Lebanon, Ingushetia, Arauca, Guayaquil, Centre department of Haiti), its towns, districts
#: and outlets that the development reports or the cases name renamed to real places of the same
#: region: tolls rising over days, spellings, a claimant's inflated count, attackers not counted, victim
#: groups summed, datelines far from the scene, claims a day or two later; near misses in the same
#: province days later, the neighbouring district the same night, the same town a week later.
FOURTEENTH = Path(__file__).parent / "clusters" / "reports_fourteenth.json"
#: A fifteenth set, written blind for session 25 and added at its end after its measurements (Plateau,
#: Diffa, Kossi, Segou, Hiiraan, Mandera, Cabo Delgado, Ituri, Khyber Pakhtunkhwa's south, Kabul, Jammu
#: and Kashmir, Maguindanao del Sur, Sistan and Baluchestan, Kirkuk, the West Bank, the Bekaa, Dagestan,
#: Norte de Santander, El Oro, Artibonite), its towns and districts that the development reports or the
#: cases name renamed to real places of the same region: tolls rising over days, a claimant's inflated
#: count, attackers not counted, victim groups summed, spellings and a Creole name, datelines far from
#: the scene, claims a day or two later, follow-ups that recall the attack at funerals and arrests; near
#: misses in the same province days later, the neighbouring district the same night, the same town a
#: week later, most of them told beside their incident by its own reports.
FIFTEENTH = Path(__file__).parent / "clusters" / "reports_fifteenth.json"
#: A sixteenth set, written blind for session 26 and added at its end after its measurements (Zamfara,
#: Tahoua, Gourma, Mopti, Lower Shabelle, Lamu, Niassa, North Kivu, Balochistan, Balkh, Manipur,
#: Diyala, the West Bank, south Lebanon, Kabardino-Balkaria, Cauca, Guayas, Centre department of
#: Haiti, Basilan, Bandarban), its towns and districts that the development reports or the cases name
#: renamed to real places of the same region: tolls rising over days, a government's lower count
#: against hospitals', attackers not counted, victim groups summed, spellings, a canton's formal name,
#: datelines far from the scene, claims a day or two later, follow-ups at funerals, burials and
#: protests; near misses the same night in a neighbouring area, in the same district days later and in
#: the same town a week later, most of them told beside their incident by its own reports.
SIXTEENTH = Path(__file__).parent / "clusters" / "reports_sixteenth.json"
#: A seventeenth set, written blind for session 27 and added at its end after its measurements (Benue,
#: Tillaberi, Tapoa, Mopti, Hiraan, Mandera, Cabo Delgado, Ituri, Khyber Pakhtunkhwa, Kunduz, Jammu
#: and Kashmir, Sistan and Baluchestan, Kirkuk, the West Bank, south Lebanon, Dagestan, Norte de
#: Santander, Los Rios, Artibonite, Maguindanao del Sur), its towns and districts that the development
#: reports or the cases name renamed to real places of the same region: tolls rising over days,
#: attackers not counted, victim groups summed, three spellings of one town, a region for its town,
#: datelines far from the scene, claims a day or two later, follow-ups at burials and arrests; near
#: misses the same night in a neighbouring area, in the same district days later and in the same town
#: a week later.
SEVENTEENTH = Path(__file__).parent / "clusters" / "reports_seventeenth.json"
#: An eighteenth set, written blind for session 28 and added at its end after its measurements
#: (Plateau State, Tahoua, the Sahel region of Burkina Faso, Bandiagara, Lower Shabelle, Cabo
#: Delgado, North Kivu, Khyber Pakhtunkhwa, Herat, Manipur, Sistan and Baluchestan, Diyala, the
#: West Bank, south Lebanon, Ingushetia, Cauca, El Oro, Centre department of Haiti,
#: Basilan, Bandarban), its districts that the development reports or the cases name renamed to real
#: ones of the same region: tolls rising over days, victim groups summed, attackers and inflated claims
#: not counted, spellings, a wider area for the town, datelines far from the scene, claims a day or two
#: later, follow-ups at burials, arrests and marches; near misses in the same area days later, the
#: same day in a neighbouring district and in the same town a week later, told beside their incident.
EIGHTEENTH = Path(__file__).parent / "clusters" / "reports_eighteenth.json"
#: A nineteenth set, written blind for session 29 and added at its end after its measurements
#: (Borno, Tillaberi, the Est region of Burkina Faso, Segou, Hiiraan, Mandera, Cabo Delgado, Ituri,
#: Balochistan, Balkh, Jammu, Sistan and Baluchestan, Kirkuk, the West Bank, Dagestan, Arauca,
#: Guayas, Artibonite, Maguindanao del Sur, the Chittagong Hill Tracts), its towns and districts that
#: the development reports or the cases name renamed to real ones of the same region, spellings
#: included: tolls rising over days, victim groups summed, attackers and groups' boasts not counted,
#: spellings, an area for its town, datelines far from the scene, claims a day or two later,
#: follow-ups at funerals, arrests and protests; near misses in the same area or county days later,
#: the same day or night in a neighbouring territory or district and in the same town a week later.
NINETEENTH = Path(__file__).parent / "clusters" / "reports_nineteenth.json"
#: A twentieth set, written blind for session 30 and added at its end after its measurements (Lac
#: province of Chad, the Far North of Cameroon, the Nord of Burkina Faso, Tahoua, Zamfara, Plateau,
#: Lower Shabelle, Oromia, North Kordofan, Abyan, Deir ez-Zor, Salahuddin and Diyala, Khyber
#: Pakhtunkhwa, Manipur, Chhattisgarh, Sagaing, Narathiwat, Guanajuato, Norte de Santander, the
#: Centre department of Haiti), its towns and districts that the development reports or the cases
#: name renamed to real ones of the same region: tolls rising over days, victim groups summed,
#: bombers and groups' boasts not counted, spellings, an area for its town, datelines far from the
#: scene, claims a day or two later, follow-ups at funerals, burials, marches and arrests; near misses
#: in the same department, area or district days later, the same day a few kilometres away (claimed
#: in the same statement) and in the same town a week later.
TWENTIETH = Path(__file__).parent / "clusters" / "reports_twentieth.json"
#: A twenty-first set, written blind for session 31 and added at its end after its measurements
#: (Cabo Delgado, Lamu, North Kivu, Segou, Balochistan, Fezzan, Benue, North Sinai, North
#: Rhine-Westphalia, Junin, Bandarban, Savanes, Kirkuk, Maguindanao del Sur, Central Papua, Herat,
#: Kunar, Guayas, Bundibugyo, Cortes), the district and municipality that the development reports or
#: the cases name renamed to real ones of the same region: tolls rising over days, victim groups
#: summed, bombers and groups' boasts not counted, spellings, an area for its town, datelines far from
#: the scene, claims a day or two later, follow-ups; near misses on the same road a week later, in the
#: same territory, cercle or district days later or the same day, and in the same town a week later.
TWENTYFIRST = Path(__file__).parent / "clusters" / "reports_twentyfirst.json"
#: A twenty-second set, written blind for session 32 and added at its end after its measurements
#: (Oudalan, Tillaberi, Lac, Mayo-Sava, Kasserine, Hiiraan, Deir ez-Zor, Salahuddin, Abyan,
#: Chhattisgarh, Manipur, Yala, Sagaing, Cauca, Michoacan, Artibonite, Liege, Dagestan, Jonglei,
#: Ouham-Pende), the towns and districts that the development reports or the cases name renamed to
#: real ones of the same region: tolls revised over days, victim groups summed, bombers not counted,
#: spellings and transliterations, a district for its village, datelines far from the scene, claims a
#: day or two later, funerals and arrests recalling the attack; near misses in the same department
#: days later, the same town a week later, the same day a few kilometres away, and in the same district.
TWENTYSECOND = Path(__file__).parent / "clusters" / "reports_twentysecond.json"
#: A twenty-third set, written blind for session 33 and added at the start of session 34 after its
#: measurements (Mopti, Atacora, Savanes, Plateau, Zamfara, Ituri, Cabo Delgado, Bundibugyo, northern
#: Kenya, Amhara, South Kordofan, Fezzan, South Lebanon, Khyber Pakhtunkhwa, northern Afghanistan,
#: Maguindanao del Sur, Highland Papua, the VRAEM, Guayas, the Loire), the towns and districts that the
#: development reports or the cases name renamed, with every spelling of each, to real ones of the same
#: region: tolls rising as victim groups are counted, suicide bombers and gunmen not counted, groups'
#: boasts and states' "neutralised" figures, spellings and transliterations, a district or county for
#: its town, datelines far from the scene, claims a day or two later, funerals, marches and arrests
#: recalling the attack; near misses on the same road days later, in the same local government area or
#: territory days later, the same town a week later, the same day a few kilometres away under one claim,
#: and the army's strikes two days after an ambush around the same town.
TWENTYTHIRD = Path(__file__).parent / "clusters" / "reports_twentythird.json"
#: A twenty-fourth set, written blind for session 34 and added at its end after its measurements
#: (Boucle du Mouhoun, Tahoua, Diffa, Borno, the North-West of Cameroon, Lower Shabelle, Niassa, the
#: Homs desert, Diyala, Sistan and Baluchestan, Balochistan, Jammu and Kashmir, Jharkhand, Rakhine,
#: Basilan, Narathiwat, Catatumbo, Los Rios, Ostergotland, Tubas), the towns and districts that the
#: development reports or the cases name renamed, with every spelling of each, to real ones of the
#: same region: tolls rising as victim groups are counted and one revised down, bombers not counted,
#: spellings and transliterations, a province or district for its town, datelines far from the scene,
#: claims a day or two later; near misses in the same local government area two days later, the same
#: town a week later, the same night nearby under one claim, the same district two or four days later
#: (one the army's operation), and the next day in the neighbouring township.
TWENTYFOURTH = Path(__file__).parent / "clusters" / "reports_twentyfourth.json"
#: Session 35's blind set (written before that session's changes by a writer who never saw Nexus; a
#: renamed copy: Abujhmarh, Narayanpur, Beledweyne, Niono, Chiure, Suarez, Marawi and Mogadishu carry
#: other real names): 20 incidents and 6 near misses in Mali, Nigeria, Burkina Faso, Somalia, Niger,
#: the DR Congo, Mozambique, Syria, Iraq, Yemen, Afghanistan, Pakistan, India, Bangladesh, the
#: Philippines, Colombia, Mexico, Haiti and Germany, told by 80 reports with rising tolls, spellings,
#: districts for towns, datelines far away and claims a day or two later; near misses in the same
#: cercle a week later, the same local government area three days later, the same town two days
#: later, the same day a few kilometres away, the next day nearby and the same city the same day.
TWENTYFIFTH = Path(__file__).parent / "clusters" / "reports_twentyfifth.json"
#: A twenty-sixth set (session 36's blind KB reports, the places of eight incidents renamed to other
#: real names): 20 incidents and 6 near misses in Nigeria, Cameroon, Somalia, Syria, Chad, Burkina
#: Faso, Mali, the DR Congo, Iraq, Kenya, Afghanistan, Pakistan, Mozambique, Yemen, India, the
#: Philippines, Colombia, Ecuador and Belgium, told by 81 reports with rising tolls (victim groups
#: summed, bombers left out), spellings, divisions for towns, datelines far away and claims the same
#: day or a day or two later; near misses in the same local government area three days later, the
#: same town two days and a week later, the same night some twenty kilometres away claimed in one
#: statement, the next day in the same municipality by the army, and the same night in another
#: neighbourhood of the same city.
TWENTYSIXTH = Path(__file__).parent / "clusters" / "reports_twentysixth.json"
#: A twenty-seventh set (session 37's blind KB reports, the places of eight incidents renamed to
#: other real names): 20 incidents and 6 near misses in Nigeria, Niger, Cameroon, Somalia, Burkina
#: Faso, Cote d'Ivoire, Mali, the DR Congo, Kenya, the Central African Republic, Syria, Yemen,
#: Afghanistan, Pakistan, India, Myanmar, the Philippines, Russia, Colombia, Ecuador and the
#: Netherlands, told by 82 reports with rising tolls (victim groups summed, attackers left out, a
#: rescue group's lower count beside the health office's), spellings, datelines far away, claims the
#: same day or a day or two later and older incidents of the set recalled in passing; near misses in
#: the same local government area three days later, the same town four days later, across a border
#: some thirty kilometres away the same day, the same valley two days later, the next township the
#: same day and the neighbouring city the same day.
TWENTYSEVENTH = Path(__file__).parent / "clusters" / "reports_twentyseventh.json"
#: A twenty-eighth set (session 38's blind KB reports, the places of eight incidents renamed to
#: other real names): 20 incidents and 6 near misses in Nigeria, Niger, Burkina Faso, Mali,
#: Cameroon, the DR Congo, Mozambique, Somalia, Kenya, Ethiopia, Afghanistan, Pakistan, India,
#: Myanmar, Thailand, the Philippines, Iraq, Colombia, Haiti and Spain, told by 81 reports with
#: rising tolls (victim groups summed, a bomber left out, another source's count beside the
#: official one), spellings (Creole and French, with and without accents), datelines far away,
#: claims a day or two later and older incidents of the set recalled in passing; near misses in the
#: same local government area three days later, the next province the same night, the same county
#: two days later, the same town four days later, the next district the same night and the next
#: commune two days later.
TWENTYEIGHTH = Path(__file__).parent / "clusters" / "reports_twentyeighth.json"
#: A twenty-ninth set (session 39's blind KB reports, the places of eight incidents renamed to
#: other real names of the same areas): 20 incidents and 6 near misses in Nigeria, Benin, Burkina
#: Faso, Mali, Cameroon, the DR Congo, Somalia, Ethiopia, Afghanistan, Pakistan, India, Myanmar,
#: Thailand, the Philippines, Syria, Niger, Colombia, Mexico, Ecuador and Italy, told by 80 reports
#: with rising tolls and one that falls (a minister's later count below a civic group's), victim
#: groups summed, attackers left out, transliterations (Somali, Burmese, Arabic, Tuareg), a live
#: blog, a reprinted army release, a caption and a "Related:" line, claims up to two days later and
#: older incidents recalled in passing; near misses in the same local government area three days
#: later, the neighbouring commune two days later (claimed by the same group), the same town four
#: days later, the next district the same night (twice) and the neighbouring town three days later.
TWENTYNINTH = Path(__file__).parent / "clusters" / "reports_twentyninth.json"
#: A thirtieth set (session 40's blind KB reports, the places of eight incidents renamed to other
#: real names of the same areas): 20 incidents and 6 near misses in Nigeria, Niger, Burkina Faso,
#: Mali, Cameroon, the DR Congo, the Central African Republic, South Sudan, Somalia, Ethiopia, Syria,
#: Afghanistan, Pakistan, India, Myanmar, Indonesia, Colombia, Mexico, Russia and Switzerland, told
#: by 80 reports with rising tolls, victim groups summed, attackers and inflated claims left out,
#: one source's figure against another's, spellings with and without diacritics, a live blog and a
#: "Related:" line, claims a day or two later and older incidents recalled in passing; near misses
#: in the same local government area three days later, the same province the same day some 40 km
#: away, the same town four days later, the same group two days later in the same district, the
#: neighbouring district two days later and the neighbouring municipality the same night.
THIRTIETH = Path(__file__).parent / "clusters" / "reports_thirtieth.json"
#: A thirty-first set (session 41's blind KB reports, the places of eight incidents renamed to other
#: real towns of the same areas): 20 incidents and 6 near misses in Nigeria, Mali, Burkina Faso,
#: Cameroon, the DR Congo, the Central African Republic, South Sudan, Chad, Ghana, Syria,
#: Afghanistan, Pakistan, India, Myanmar, the Philippines, Indonesia, Colombia, Mexico, Russia and
#: the Czech Republic, told by 80 reports with rising and revised tolls, victim groups summed,
#: attackers and inflated claims left out, a governor's figure days later above earlier sources',
#: places named only by their district, territory, regency or township, datelines away from the
#: place, a live blog and a "Related:" line, claims a day or two later and older incidents of the
#: set recalled in passing; near misses in the same local government area three days later, a
#: neighbouring province the same day some 40 km away, the same group two days later in the same
#: district, the same district two days later, the same island the same day some 30 km away and
#: the same town four days later.
THIRTYFIRST = Path(__file__).parent / "clusters" / "reports_thirtyfirst.json"
#: A thirty-second set (session 42's blind KB reports, the places of eight incidents renamed to other
#: real towns of the same areas): 20 incidents and 6 near misses in Nigeria, Mali, Burkina Faso,
#: Northern Ireland, Niger, Cameroon, the DR Congo, Peru, Somalia, Kenya, Mozambique, Syria, Iraq,
#: Pakistan, Afghanistan, India, Myanmar, the Philippines, Colombia and Mexico (three of the incidents
#: military actions: an air strike in Diyala, an encounter in Chhattisgarh, an air strike in Mandalay
#: region), told by 80 reports with early and revised tolls, spelling variants, attackers named by
#: full name, acronym, state label or as gunmen, passing recalls inside unrelated stories and ten
#: claims a day or two later; near misses in the same town four days later, a neighbouring village
#: the next day, another district of the same province the same day, a neighbouring district's
#: encounter the same day, the neighbouring municipality the same day and the neighbouring
#: municipality the next day.
THIRTYSECOND = Path(__file__).parent / "clusters" / "reports_thirtysecond.json"
#: A thirty-third set (session 43's blind KB reports, the places of eight incidents renamed to other
#: real towns of the same areas): 20 incidents and 6 near misses in Nigeria, Mali, Burkina Faso,
#: Niger, Cameroon, the DR Congo, Somalia, Ethiopia, Sudan, Syria, Iraq, Yemen, Iran, Pakistan,
#: India, Myanmar, the Philippines, Colombia, Haiti and Russia (three of the incidents military
#: actions: an encounter in Jharkhand, a junta air strike in Magway region, an army drone strike in
#: Amhara), told by 80 reports with early and revised tolls, spelling variants, places named at
#: village, district or province level, attackers named by full name, acronym, state label or as
#: gunmen, passing recalls inside reports on other subjects and ten claims a day or two later; near
#: misses in a neighbouring village the next day, the same town four days later, another district of
#: the same province the same night, the neighbouring municipality the same day, the same region the
#: same day and the same province the next day.
THIRTYTHIRD = Path(__file__).parent / "clusters" / "reports_thirtythird.json"
#: A thirty-fourth set (session 44's blind KB reports, the places of eight incidents renamed to
#: other real towns of the same areas): 20 incidents and 6 near misses in Nigeria, Mali, Benin,
#: Burkina Faso, Iraq, Pakistan, India, Mozambique, Myanmar, Somalia, the DR Congo, Syria, Yemen,
#: Thailand, Colombia, Afghanistan, Mexico, Russia, the Philippines and the United Kingdom (three of
#: the incidents military actions: an Iraqi air strike in the Qarachogh mountains by Makhmour, an
#: encounter in Madhya Pradesh, a junta air strike in Sagaing region), told by 80 reports with early
#: and revised tolls, spelling variants, places named at village, town, district or province level,
#: attackers named by full name, acronym, state label or as gunmen, later recalls inside reports on
#: other subjects (talks, surrenders, blockades, threat levels) and ten claims a day or two later;
#: near misses in a neighbouring village the same day, the same town four days later, another
#: district of the same province the same night, the same region the same day, the same province the
#: next day and the neighbouring municipality the same day.
THIRTYFOURTH = Path(__file__).parent / "clusters" / "reports_thirtyfourth.json"
#: A thirty-fifth set (session 45's blind KB reports, the places of eight incidents renamed to
#: other real towns of the same areas): 20 incidents and 6 near misses in Nigeria, Iraq, Niger,
#: Pakistan, Mali, Chad, Cameroon, India, the Philippines, the DR Congo, Thailand, Kenya, Syria,
#: Myanmar, Yemen, Colombia, Iran, Ecuador, Russia and Germany (three of the incidents military
#: actions: an Iraqi air strike in the al-Adhaim basin of northern Diyala, an encounter in the
#: forests of Chatra district, a junta air strike in Hpakant township), told by 80 reports with early
#: and revised tolls, spelling variants, places named at village, town, district, county or province
#: level, attackers named by full name, acronym, state label or as gunmen, later recalls inside
#: reports on other subjects (talks, displacement, school closures, a border reopening, a state of
#: emergency, arrests, a memorial) and ten claims a day or two later; near misses in the same LGA the
#: same day, the same province the same night, the same town five days later, another district of the
#: same province the same day, the neighbouring district the next day and the neighbouring
#: municipality the same day.
THIRTYFIFTH = Path(__file__).parent / "clusters" / "reports_thirtyfifth.json"
#: A thirty-sixth set (session 46's blind KB reports, the places of eight incidents renamed to
#: other real towns of the same areas): 20 incidents and 6 near misses in Nigeria, Burkina Faso,
#: Somalia, Iraq, Mozambique, Myanmar, Pakistan, Cameroon, India, Thailand, the DR Congo, Yemen,
#: Indonesia, Syria, the Philippines, Russia, Colombia, Mexico, Haiti and Denmark (three of the
#: incidents military actions: a junta air strike on a market in Minbya, a C-60 encounter with the
#: CPI (Maoist) in Etapalli taluka, a bombing of a dissident camp in rural Cartagena del Chaira), told
#: by 80 reports with early and revised tolls, spelling variants, places named at village, town,
#: district, regency, department or province level, attackers named by full name, acronym, state
#: label or as gunmen, later recalls inside reports on other subjects (recruitment, displacement,
#: mission funding, hunger, protests, surrenders, peace talks, arrests, the lifting of a
#: counter-terrorist regime, a threat level) and ten claims a day or two later; near misses in the
#: neighbouring LGA the same day, the same province the same day, the same town a week later, another
#: district of the same province the same night, the same district three days later and the
#: neighbouring municipality the same night.
THIRTYSIXTH = Path(__file__).parent / "clusters" / "reports_thirtysixth.json"
#: A thirty-seventh set (session 47's blind KB reports, the places of eight incidents renamed to
#: other real towns of the same areas): 20 incidents and 6 near misses in Nigeria, Burkina Faso,
#: Mali, Somalia, the DR Congo, Cameroon, Ethiopia, Iraq, Syria, Yemen, Pakistan, India, Myanmar,
#: Thailand, the Philippines, Colombia, Mexico, Haiti, Russia and Germany (three of the incidents
#: military actions: a drone strike by the army on a market in East Gojjam, a Jharkhand Jaguars and CRPF
#: encounter with the CPI (Maoist) in Gumla district, a junta air strike on a village of Waingmaw
#: township), told by 80 reports with early and revised tolls (attackers killed not counted),
#: spelling variants, places named at village, town, LGA, block, township, district or province level
#: or only by the larger unit, attackers named by full name, acronym, state label or as gunmen, later
#: recalls inside reports on other subjects (returning displaced, a medal ceremony, drought,
#: disarmament talks, a school boycott, internet restored, harvest security, peace talks, surrenders,
#: arrests, a protest, the lifting of a counter-terrorist regime, a vigil) and ten claims a day or two
#: later; near misses in the neighbouring LGA the same day, the neighbouring province the same day,
#: the same town four days later, another district of the same province the same night, the
#: neighbouring district the same day and another municipality of the same department the same day.
THIRTYSEVENTH = Path(__file__).parent / "clusters" / "reports_thirtyseventh.json"
#: A thirty-eighth set (session 48's blind KB reports, the places of eight incidents renamed to
#: other real towns of the same areas): 20 incidents and 6 near misses in Nigeria, Burkina Faso,
#: Mali, Somalia, Kenya, Sudan, South Sudan, Iraq, Syria, Yemen, Iran, Pakistan, India, Myanmar, the
#: Philippines, Colombia, Mexico, Haiti, Russia and Belgium (three of the incidents military
#: actions: a drone strike by the army on a market in West Kordofan, a Greyhounds encounter with the
#: CPI (Maoist) in Cherla mandal, a junta air strike on a monastery compound of Rathedaung township),
#: told by 80 reports with early and revised tolls (attackers killed not counted), mostly relative
#: dates, spelling variants, places named at village, town, sub-county, county, mandal, township or
#: district level or only by the province, state, region or island, attackers named by full name,
#: acronym, state label or as gunmen, armed men or armed youth, follow-ups and recalls one to three
#: weeks later (displaced families, weekly and monthly briefs, a disarmament statement, a demand for
#: an inquiry, funerals, an arrest, a medicine convoy, troops sent, a Security Council debate) and ten
#: claims a day or two later; near misses in the neighbouring LGA the same day, on a road of the same
#: town five days later, another district of the same region the same night, another area of the same
#: province the same day, another district of the same province the same night and the same
#: municipality four days later.
THIRTYEIGHTH = Path(__file__).parent / "clusters" / "reports_thirtyeighth.json"
#: A stress set for wrong merges, written for session 23: twelve pairs of different incidents a
#: careless resolver would merge (one town days apart, neighbouring towns the same night, an attack and
#: the next day's strike, namesakes, bombings of one city on consecutive days, a convoy ambushed and its
#: base attacked two days later), each report recalling the other incident as background.
NEARMISS = Path(__file__).parent / "clusters" / "reports_nearmiss.json"


def _cluster(path: Path, workdir: Path) -> tuple[dict[str, Any], list[Any]]:
    """The fixture at ``path`` and the current event reports of a store built from its reports."""
    from nexus.extract.pipeline import Extractor
    from nexus.ingest.readers import document_from_record

    fixture = json.loads(path.read_text(encoding="utf-8"))
    extractor = Extractor()
    docs = [
        document_from_record({k: r[k] for k in ("id", "text", "outlet", "published")}, "fixture")
        for r in fixture["reports"]
    ]
    store = open_store(f"sqlite:///{workdir / 'kb.db'}")
    try:
        store.ingest([extractor.extract(doc) for doc in docs])
        with store.connect() as connection:
            rows = connection.execute(
                select(event_reports).where(event_reports.c.superseded.is_(False))
            ).all()
    finally:
        store.close()
    return fixture, rows


@pytest.fixture(scope="module")
def clustered(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(FIXTURE, tmp_path_factory.mktemp("clusters"))


@pytest.fixture(scope="module")
def clustered_more(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(MORE, tmp_path_factory.mktemp("clusters-more"))


@pytest.fixture(scope="module")
def clustered_third(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(THIRD, tmp_path_factory.mktemp("clusters-third"))


@pytest.fixture(scope="module")
def clustered_fourth(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(FOURTH, tmp_path_factory.mktemp("clusters-fourth"))


@pytest.fixture(scope="module")
def clustered_fifth(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(FIFTH, tmp_path_factory.mktemp("clusters-fifth"))


@pytest.fixture(scope="module")
def clustered_sixth(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(SIXTH, tmp_path_factory.mktemp("clusters-sixth"))


@pytest.fixture(scope="module")
def clustered_seventh(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(SEVENTH, tmp_path_factory.mktemp("clusters-seventh"))


@pytest.fixture(scope="module")
def clustered_eighth(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(EIGHTH, tmp_path_factory.mktemp("clusters-eighth"))


@pytest.fixture(scope="module")
def clustered_ninth(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(NINTH, tmp_path_factory.mktemp("clusters-ninth"))


@pytest.fixture(scope="module")
def clustered_tenth(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(TENTH, tmp_path_factory.mktemp("clusters-tenth"))


@pytest.fixture(scope="module")
def clustered_eleventh(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(ELEVENTH, tmp_path_factory.mktemp("clusters-eleventh"))


@pytest.fixture(scope="module")
def clustered_twelfth(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(TWELFTH, tmp_path_factory.mktemp("clusters-twelfth"))


@pytest.fixture(scope="module")
def clustered_thirteenth(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(THIRTEENTH, tmp_path_factory.mktemp("clusters-thirteenth"))


@pytest.fixture(scope="module")
def clustered_fourteenth(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(FOURTEENTH, tmp_path_factory.mktemp("clusters-fourteenth"))


@pytest.fixture(scope="module")
def clustered_fifteenth(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(FIFTEENTH, tmp_path_factory.mktemp("clusters-fifteenth"))


@pytest.fixture(scope="module")
def clustered_sixteenth(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(SIXTEENTH, tmp_path_factory.mktemp("clusters-sixteenth"))


@pytest.fixture(scope="module")
def clustered_seventeenth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(SEVENTEENTH, tmp_path_factory.mktemp("clusters-seventeenth"))


@pytest.fixture(scope="module")
def clustered_eighteenth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(EIGHTEENTH, tmp_path_factory.mktemp("clusters-eighteenth"))


@pytest.fixture(scope="module")
def clustered_nineteenth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(NINETEENTH, tmp_path_factory.mktemp("clusters-nineteenth"))


@pytest.fixture(scope="module")
def clustered_twentieth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(TWENTIETH, tmp_path_factory.mktemp("clusters-twentieth"))


@pytest.fixture(scope="module")
def clustered_twentyfirst(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(TWENTYFIRST, tmp_path_factory.mktemp("clusters-twentyfirst"))


@pytest.fixture(scope="module")
def clustered_twentysecond(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(TWENTYSECOND, tmp_path_factory.mktemp("clusters-twentysecond"))


@pytest.fixture(scope="module")
def clustered_twentythird(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(TWENTYTHIRD, tmp_path_factory.mktemp("clusters-twentythird"))


@pytest.fixture(scope="module")
def clustered_twentyfourth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(TWENTYFOURTH, tmp_path_factory.mktemp("clusters-twentyfourth"))


@pytest.fixture(scope="module")
def clustered_twentyfifth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(TWENTYFIFTH, tmp_path_factory.mktemp("clusters-twentyfifth"))


@pytest.fixture(scope="module")
def clustered_twentysixth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(TWENTYSIXTH, tmp_path_factory.mktemp("clusters-twentysixth"))


@pytest.fixture(scope="module")
def clustered_twentyseventh(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(TWENTYSEVENTH, tmp_path_factory.mktemp("clusters-twentyseventh"))


@pytest.fixture(scope="module")
def clustered_twentyeighth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(TWENTYEIGHTH, tmp_path_factory.mktemp("clusters-twentyeighth"))


@pytest.fixture(scope="module")
def clustered_twentyninth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(TWENTYNINTH, tmp_path_factory.mktemp("clusters-twentyninth"))


@pytest.fixture(scope="module")
def clustered_thirtieth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(THIRTIETH, tmp_path_factory.mktemp("clusters-thirtieth"))


@pytest.fixture(scope="module")
def clustered_thirtyfirst(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(THIRTYFIRST, tmp_path_factory.mktemp("clusters-thirtyfirst"))


@pytest.fixture(scope="module")
def clustered_thirtysecond(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(THIRTYSECOND, tmp_path_factory.mktemp("clusters-thirtysecond"))


@pytest.fixture(scope="module")
def clustered_thirtythird(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(THIRTYTHIRD, tmp_path_factory.mktemp("clusters-thirtythird"))


@pytest.fixture(scope="module")
def clustered_thirtyfourth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(THIRTYFOURTH, tmp_path_factory.mktemp("clusters-thirtyfourth"))


@pytest.fixture(scope="module")
def clustered_thirtyfifth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(THIRTYFIFTH, tmp_path_factory.mktemp("clusters-thirtyfifth"))


@pytest.fixture(scope="module")
def clustered_thirtysixth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(THIRTYSIXTH, tmp_path_factory.mktemp("clusters-thirtysixth"))


@pytest.fixture(scope="module")
def clustered_thirtyseventh(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(THIRTYSEVENTH, tmp_path_factory.mktemp("clusters-thirtyseventh"))


@pytest.fixture(scope="module")
def clustered_thirtyeighth(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(THIRTYEIGHTH, tmp_path_factory.mktemp("clusters-thirtyeighth"))


@pytest.fixture(scope="module")
def clustered_nearmiss(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], list[Any]]:
    return _cluster(NEARMISS, tmp_path_factory.mktemp("clusters-nearmiss"))


def _key_events(fixture: dict[str, Any], rows: list[Any]) -> dict[str, set[str]]:
    """Incident -> the KB events holding its reports of its key type (recollections aside)."""
    incident_of = {r["id"]: r["incident"] for r in fixture["reports"]}
    out: dict[str, set[str]] = defaultdict(set)
    for row in rows:
        incident = incident_of[row.doc_id]
        if (
            row.type == fixture["expect"][incident]["type"]
            and (row.resolution or {}).get("kind") != "mention"
        ):
            out[incident].add(row.event_id)
    return out


def _merged(events_of: dict[str, set[str]]) -> dict[str, list[str]]:
    """KB events holding reports of two incidents -> those incidents."""
    holders: dict[str, set[str]] = defaultdict(set)
    for incident, ids in events_of.items():
        for event_id in ids:
            holders[event_id].add(incident)
    return {e: sorted(i) for e, i in holders.items() if len(i) > 1}


@pytest.mark.parametrize(
    "which",
    [
        "clustered",
        "clustered_more",
        "clustered_third",
        "clustered_fourth",
        "clustered_fifth",
        "clustered_sixth",
    ],
)
def test_no_kb_event_holds_two_incidents(which: str, request: pytest.FixtureRequest) -> None:
    assert _merged(_key_events(*request.getfixturevalue(which))) == {}


@pytest.mark.parametrize(
    ("which", "splits"),
    [
        ("clustered", 0),
        ("clustered_more", 0),
        ("clustered_third", 1),
        ("clustered_fourth", 1),
        ("clustered_fifth", 0),
        ("clustered_sixth", 3),
    ],
)
def test_incidents_are_mostly_one_event_each(which: str, splits: int, request: pytest.FixtureRequest) -> None:
    fixture, rows = request.getfixturevalue(which)
    events_of = _key_events(fixture, rows)
    assert set(events_of) == set(fixture["expect"])  # every incident found
    assert sum(len(ids) for ids in events_of.values()) <= len(fixture["expect"]) + splits


def test_claims_are_events_of_their_own_linked_to_the_attack(
    clustered: tuple[dict[str, Any], list[Any]],
) -> None:
    fixture, rows = clustered
    claims = [r for r in rows if r.type == "claim"]
    attacks = {r.event_id for r in rows if r.type == "attack"}
    assert claims and not {r.event_id for r in claims} & attacks
    linked = [r for r in claims if (r.resolution or {}).get("claims") in attacks]
    assert len(linked) >= len(fixture["claims"]) - 1


# --- reports_more.json: one town hit twice a week apart (the second report recalls the first), two
# attacks on one day in neighbouring districts, an attack and the army's raid the next day; kinds that
# must join: a town against its department, a town spelt two ways, a group named by its faction, its
# own name or the state's label, tolls rising over days, claims days later.


def test_the_traps_stay_apart(clustered_more: tuple[dict[str, Any], list[Any]]) -> None:
    events_of = _key_events(*clustered_more)
    for first, second in (("th-yala-bomb", "th-yala-shooting"), ("th-rueso", "th-bacho")):
        assert not events_of[first] & events_of[second]


def test_a_recollection_beside_a_new_attack_is_background(
    clustered_more: tuple[dict[str, Any], list[Any]],
) -> None:
    _, rows = clustered_more
    recalled = [r for r in rows if r.doc_id == "th-w1" and (r.resolution or {}).get("kind") == "mention"]
    assert recalled  # the roadside bomb of the week before, joined to its event as background


# --- reports_third.json: a grenade in a town 50 km off on the day of a massacre, a motorcycle bomb in
# another town on the day of a car bombing, the same town hit again a week later (its report recalls
# the first attack).


def test_the_third_sets_near_misses_stay_apart(clustered_third: tuple[dict[str, Any], list[Any]]) -> None:
    events_of = _key_events(*clustered_third)
    for first, second in (
        ("cd-beni", "near-cd-butembo"),
        ("sy-manbij", "near-sy-jarablus"),
        ("ne-tera", "near-ne-tera-2"),
    ):
        assert events_of[first] and events_of[second] and not events_of[first] & events_of[second]


def test_a_village_its_division_and_a_dateline_placed_recall_are_one_event(
    clustered_third: tuple[dict[str, Any], list[Any]],
) -> None:
    events_of = _key_events(*clustered_third)
    for incident in ("cm-bamenda", "sy-manbij", "pk-bajaur", "ml-bankass", "ng-faskari"):
        assert len(events_of[incident]) == 1, incident


# --- reports_fourth.json: a market in another town of the zone a week later, a roadside bomb in
# another town of the province on the day of a suicide bombing, the same town hit again five days
# later, a gunfight in another district of the state on the day of a massacre, a magnetic bomb in
# another part of the capital on the day of a school bombing; and, for places read across levels,
# another part of a department on the day of a massacre, a blast in another district told "this
# week", a village of the same country two days later, another neighbourhood of "the capital".


def test_the_fourth_sets_near_misses_stay_apart(clustered_fourth: tuple[dict[str, Any], list[Any]]) -> None:
    events_of = _key_events(*clustered_fourth)
    for first, second in (
        ("et-gimbi", "near-et-nejo"),
        ("iq-rutba", "near-iq-haditha"),
        ("pk-nushki", "near-pk-nushki-2"),
        ("af-barchi", "near-af-khairkhana"),
        ("ht-pont-sonde", "near-ht-upper-artibonite"),
        ("pk-nushki", "near-pk-khuzdar"),
        ("bj-porga", "near-bj-guene"),
        ("ht-solino", "near-ht-fort-national"),
    ):
        assert events_of[first] and events_of[second] and not events_of[first] & events_of[second]


def test_reports_placed_at_other_levels_or_spellings_are_one_event(
    clustered_fourth: tuple[dict[str, Any], list[Any]],
) -> None:
    events_of = _key_events(*clustered_fourth)
    # a region spelt as no table spells it, a site spelt two ways against its region, a part of a
    # department, a village placed in its district after the state's possessive; a toll told "this week";
    # a post no gazetteer knows in its dateline's country, a neighbourhood of "the Haitian capital"
    for incident in (
        "et-gimbi",
        "eg-bir-al-abd",
        "ht-pont-sonde",
        "in-moreh",
        "pk-nushki",
        "bj-porga",
        "ht-solino",
    ):
        assert len(events_of[incident]) == 1, incident


# --- reports_sixth.json: divisions no GeoNames table knows (a department, a commune, a zone) against the
# village or the region of other reports; near misses of one department two days later, another
# district of the province the same day, the neighbouring district the same day.


def test_the_sixth_sets_near_misses_stay_apart(clustered_sixth: tuple[dict[str, Any], list[Any]]) -> None:
    events_of = _key_events(*clustered_sixth)
    for first, second in (
        ("ne-abala", "near-ne-abala-2"),
        ("td-wayi", "near-td-kiskawa"),
        ("cd-kibua", "near-cd-pinga"),
        ("in-koyalibeda", "near-in-mardapal"),
        ("iq-qara-tapa", "near-iq-muqdadiyah"),
    ):
        assert events_of[first] and events_of[second] and not events_of[first] & events_of[second]


def test_villages_and_divisions_no_table_knows_are_one_event(
    clustered_sixth: tuple[dict[str, Any], list[Any]],
) -> None:
    events_of = _key_events(*clustered_sixth)
    # a locality, a township and a zone the GeoNames tables lack, against their region or village; a
    # village against "Peru's Ayacucho region" (a wide division named for a city 100 km away)
    for incident in ("sd-kassab", "mm-taze", "et-kobo", "bj-segbana", "pe-canayre"):
        assert len(events_of[incident]) == 1, incident


# --- reports_seventh.json (blind for session 17), reports_eighth.json (blind for session 18) and
# reports_ninth.json (blind for session 19), reports_tenth.json (blind for session 20) and
# reports_eleventh.json (blind for session 21), reports_twelfth.json (blind for session 22's second part):
# measured bounds, tightened as identity improves. Since session 21 the kidnappings these sets keyed
# "abduction" are keyed "attack" (the schema's type for a hostage-taking), so they count as found;
# the eighth's hidden wrong merge (a kidnapping's reports joined another incident) shows.

#: The seventh set's bounds: incidents with no KB event of their type, KB events holding two
#: incidents, KB events beyond one per incident, claim reports linked to an attack.
#: In session 31, with a place at the point of the town its outlet filed from placed by its name only:
#: 0, 1, 7, 7.
SEVENTH_MISSING, SEVENTH_MERGED, SEVENTH_EXTRA, SEVENTH_CLAIMS_LINKED = 0, 1, 7, 7
#: The eighth set's bounds, as the seventh's (at the start of session 19: 3, 2, 13; after it 3, 0, 6, 8;
#: with a town found in a country the text never names read as a namesake: 0, 1, 8, 8; in session 24,
#: with a report of no figure, of another day than its news told by the same sentence, read as
#: background: 0, 1, 7, 8; in session 25, with "a convoy of the army" a convoy hit, and a region naming
#: the town in it scoring as that town: 0, 1, 6, 8).
EIGHTH_MISSING, EIGHTH_MERGED, EIGHTH_EXTRA, EIGHTH_CLAIMS_LINKED = 0, 1, 4, 8
#: The ninth set's bounds, as the seventh's (at the start of session 20: 1, 2, 14, 6; after it 1, 1, 8, 6;
#: at the start of session 22: 0, 1, 9, 6; in session 28, with a province holding a town named like a
#: territory, or a village its sentence puts in a county, that the division tables file under it: 0, 1, 5, 6;
#: at the end of session 35, with the event verifier and place ranker retrained on the study pages:
#: 0, 1, 4, 6).
NINTH_MISSING, NINTH_MERGED, NINTH_EXTRA, NINTH_CLAIMS_LINKED = 0, 1, 4, 6
#: The tenth set's bounds, as the seventh's (at the start of session 21: 2, 0, 10, 11; after it 2, 0, 3, 11;
#: at the start of session 22: 1, 0, 5, 11; with a town named like its region read as the region its
#: document names: 1, 0, 4, 11; with a state named like a country read as the state: 1, 0, 3, 11; in
#: session 23, with a village armed men "swept into" read as a place, a report placed at a village no
#: gazetteer knows, which the KB no longer joins to its incident's other reports (it was unplaced
#: before): 1, 0, 4, 11; in session 26, with a dateline's town no scene that gates the town another
#: report names: 1, 0, 3, 11).
TENTH_MISSING, TENTH_MERGED, TENTH_EXTRA, TENTH_CLAIMS_LINKED = 1, 0, 3, 11
#: The eleventh set's bounds, as the seventh's (at the start of session 22: 0, 4, 21, 7; after its
#: near misses of a neighbouring division were kept apart: 0, 0, 18, 7; with a French "ou" read as a "w":
#: 0, 0, 17, 7; with a town named like its region read as the region its document names: 0, 0, 16, 7;
#: with a target cut after a direction keeping its head: 0, 0, 15, 7; later in session 22 the
#: same; with a country named only as a neighbour left out of a village's, a county named for its town
#: that may hold a village of its country, and a namesake abroad read in the text's country: 0, 0, 13, 7;
#: with a stop voiced in one spelling only, and a village read by its division's town spelt otherwise:
#: 0, 0, 12, 7; with a dateline its sentence does not place the attack at left out of the event's place:
#: 0, 0, 10, 7; at the start of session 23, its claims counted as this test counts them: 0, 0, 10, 8;
#: with a whole region that may hold a village of no country on the day of one toll: 0, 0, 9, 8; in
#: session 26, with a dateline's town no scene that gates the town another report names: 0, 0, 8, 8;
#: in session 35, with a division given by its bare name read as the one named for a town spelt like
#: it in its province: 0, 0, 7, 8).
ELEVENTH_MISSING, ELEVENTH_MERGED, ELEVENTH_EXTRA, ELEVENTH_CLAIMS_LINKED = 0, 0, 7, 8
#: The twelfth set's bounds, as the seventh's (at the start of session 23: 0, 0, 18, 11; with a village
#: spelt with a consonant doubled, a glide written "uw", or a final "y" for "i" one place: 0, 0, 15, 11;
#: with a compound name written without the "of <region>" that closes it: 0, 0, 14, 11; later in session
#: 23: 0, 0, 12, 11; in session 24, with an event placed at a county named for its town a candidate of
#: a village of it however far from the town: 0, 0, 11, 11; with "this week's air and ground assault" on
#: a group the army's military action it is, dated to the publication day and so a KB event of its own:
#: 0, 0, 12, 11; in session 26, with a dateline's town no scene that gates the town another report
#: names, and a happening "on the same day that" the news background: 0, 0, 10, 11).
TWELFTH_MISSING, TWELFTH_MERGED, TWELFTH_EXTRA, TWELFTH_CLAIMS_LINKED = 0, 0, 8, 11
#: The thirteenth set's bounds, as the seventh's (when it was added at the end of session 23: the blind
#: copy gave 39 KB events for 26 incidents at the session's start and end, the renamed one 40, and five
#: of its six near misses shared a KB event with their incident: 0, 5, 14, 10; in session 24, with a
#: happening a report sets apart from its news on another day of the window, the same day or a day
#: before told as a kindred type, read as background there: 0, 0, 8, 10; with a dateline no scene where
#: its text names the scene's town as "the oasis town of X": 0, 0, 7, 10; with "last Thursday's junta
#: air raid on a village" the military action it is, its final toll (31) keeping it from an early
#: report's 20: 0, 0, 8, 10; with the actor ranker retrained on the merged rules: 0, 0, 7, 10; in session
#: 25, with one night's raid dated to either of its days, and a village read as the attacker by a
#: department's report read as the place: 0, 0, 6, 10).
#: In session 31, with a site at the point of the town its outlet filed from placed by its name only
#: and a township the gazetteer read in a country the text never names a place of the text's
#: country: 0, 0, 4, 10.
THIRTEENTH_MISSING, THIRTEENTH_MERGED, THIRTEENTH_EXTRA, THIRTEENTH_CLAIMS_LINKED = 0, 0, 4, 10
#: The fourteenth set's bounds, as the seventh's (when it was added at the end of session 24: the blind
#: copy gave 39 KB events for 26 incidents at the session's start, 38 at its end with one KB event
#: holding two incidents; the renamed one 38, none holding two, every near miss apart; in session 25,
#: with a follow-up's later day at the place its document told before read as that happening told
#: again: 0, 0, 11, 13; in session 26, with the news told again by its year at a wider place read
#: as background, and a convoy's lorries one kind of target with the convoy: 0, 0, 9, 13; in session
#: 30, with a label for a group's branch related to the parent group another outlet names: 0, 0, 8, 13).
#: In session 31, with a site at the point of the town its outlet filed from placed by its name only:
#: 0, 0, 7, 13.
#: In session 36, with a happening recalled in passing before its document's news ("a week after
#: a bomb attack on the town") background even when stored before the incident's own reports:
#: 0, 0, 6, 13.
FOURTEENTH_MISSING, FOURTEENTH_MERGED, FOURTEENTH_EXTRA, FOURTEENTH_CLAIMS_LINKED = 0, 0, 6, 13
#: The fifteenth set's bounds, as the seventh's (when it was added at the end of session 25: the blind
#: copy gave 37 KB events for 26 incidents at the session's start and 36 at its end, the renamed one
#: 37 with every claim linked; two near misses share a KB event with their incident only through the
#: benchmark's count, as the seventh's: their own reports recall the incident in passing and are
#: credited to the near miss, so only the other four pairs are asserted apart: 0, 2, 11, 13).
#: In session 36, with a happening recalled in passing before its document's news ("a week after
#: a bomb attack on the town") background even when stored before the incident's own reports:
#: 0, 2, 9, 13.
#: In session 38, with the Taliban acting for Afghanistan's state (an attack blamed on them there names no
#: doer): 0, 2, 8, 13.
#: In session 40, with a clause a span of days before "after" ("a week after gunmen stormed the
#: post") a recollection whatever its grammar, the same town's attack a week later is apart from the
#: first (asserted below): 0, 1, 7, 13.
FIFTEENTH_MISSING, FIFTEENTH_MERGED, FIFTEENTH_EXTRA, FIFTEENTH_CLAIMS_LINKED = 0, 1, 7, 13
#: The sixteenth set's bounds (when it was added at the end of session 26: the blind copy gave 40 KB
#: events for 26 incidents at the session's start and 39 at its end, the renamed one 38 with every
#: claim linked). Five of its six near misses share a KB event with their incident: three only through
#: the count, as the seventh's (a near miss's own report recalls the incident by its day, is linked
#: to it and credited to the near miss), two by real wrong merges the KB still makes (a report of the
#: incident joining the neighbouring area's attack of the same night or the next day, on a target
#: word that names the other's town), left for later work and bounded here so that they cannot grow;
#: only the pair kept apart is asserted apart: 0, 5, 12, 13. In session 27, with a happening a
#: sentence sets apart ("distinct from the raid on X") read as another event at its own town, the two
#: real wrong merges are gone and those pairs are asserted apart too: 0, 3, 11, 13. In session 30,
#: with a town taken for the attacker by a report placed only by its dateline no actor: 0, 3, 10, 13.
#: In session 32, with a town no gazetteer placed, filed under its document's country, the same-named
#: town another outlet placed across the border: 0, 3, 9, 13.
#: In session 36, with a happening recalled in passing before its document's news ("a week after
#: a bomb attack on the town") background even when stored before the incident's own reports:
#: 0, 1, 7, 13.
#: In session 40, with the extraction of that session (places, dates, triggers), one split fewer:
#: 0, 1, 6, 13.
SIXTEENTH_MISSING, SIXTEENTH_MERGED, SIXTEENTH_EXTRA, SIXTEENTH_CLAIMS_LINKED = 0, 1, 6, 13
#: The seventeenth set's bounds (when it was added at the end of session 27: the blind copy gave 39 KB
#: events for 26 incidents at the session's start and at its end, 12 split, the renamed copy the same
#: with every claim linked). Two of its six near misses share a KB event with their incident (a village
#: the same night in the neighbouring area; the same town a week later), bounded here so that they
#: cannot grow; the other four pairs are asserted apart: 0, 2, 13, 13.
#: In session 33, with a vowel between two consonants written in one spelling only: 0, 2, 12, 13.
#: In session 35 (37 KB events at its start), with a division given by its bare name read as the one
#: named for a town spelt like it in its province: 0, 2, 10, 13; at the session's end, with the event
#: verifier and place ranker retrained on the study pages (one report's event placed otherwise), its
#: 37 KB events again: 0, 2, 11, 13 (the same models took one KB event off the ninth and the
#: twenty-first sets and one wrong merge off the twenty-fourth, whose bounds are tightened).
#: In session 38, with the Taliban acting for Afghanistan's state (an attack blamed on them there names no
#: doer): 0, 2, 10, 13.
#: In session 39, with a unit's base no scene of its own deed and a later "the village" no longer
#: pointing back to a town named for another role, the same town's attack a week later is apart from
#: the first (asserted below): 0, 1, 9, 13.
#: In session 40, with a clause a span of days before "after" a recollection whatever its grammar
#: (a near miss's report recalling the incident no longer founds an event of its own): 0, 1, 8, 13.
SEVENTEENTH_MISSING, SEVENTEENTH_MERGED, SEVENTEENTH_EXTRA, SEVENTEENTH_CLAIMS_LINKED = 0, 1, 8, 13
#: The eighteenth set's bounds (when it was added at the end of session 28: the blind copy gave 40 KB
#: events for 26 incidents at the session's start and 39 at its end, 12 split, five KB events holding
#: reports of two incidents; the renamed copy 40, 12 split, the same five, every claim linked). Four
#: of its six near misses share a KB event with their incident (neighbouring districts the same
#: night or the same day, the same district four days later, the same town a week later), bounded
#: here so that they cannot grow; the other two pairs are asserted apart: 0, 5, 14, 13. In session 29,
#: with a hard "c" read as "k" and an "aw" before a consonant as "o" in village spellings, the village
#: of the district's first attack is one KB event and apart from the same district's attack four
#: days later, asserted apart too: 0, 4, 12, 13. In session 30, with a village its sentence puts in a
#: district held by that district, written after its country's possessive: 0, 4, 11, 13.
#: In session 31, with a site at the point of the town its outlet filed from placed by its name only
#: (one base put at two filing cities and its own town): 0, 4, 9, 13.
#: In session 32, with a town no gazetteer placed, filed under its document's country, the same-named
#: town another outlet placed abroad (a village read in a neighbouring country): 0, 4, 7, 13.
#: In session 36, with a happening recalled in passing before its document's news ("a week after
#: a bomb attack on the town") background even when stored before the incident's own reports:
#: 0, 3, 5, 13.
#: In session 42, with a report dated by its publication that its sentence sets beside the news of
#: the day background to the other event it joins: 0, 2, 4, 13.
EIGHTEENTH_MISSING, EIGHTEENTH_MERGED, EIGHTEENTH_EXTRA, EIGHTEENTH_CLAIMS_LINKED = 0, 2, 4, 13
#: The nineteenth set's bounds (when it was added at the end of session 29: the blind copy gave 36 KB
#: events for 26 incidents at the session's start and at its end, 9 split, three KB events holding
#: reports of two incidents; the renamed copy 35 KB events, 8 split, the same three, every claim linked).
#: Three of its six near misses share a KB event with their incident (the same county four days
#: later, the same night in the neighbouring district, the same district five days later), bounded
#: here so that they cannot grow; the other three pairs are asserted apart: 0, 3, 9, 13.
#: In session 31, with an early count told the day of the happening no clash with the later toll:
#: 0, 3, 8, 13.
#: In session 32, with an attack whose only actor is the state it happens in naming no doer: 0, 3, 7, 13.
#: In session 38, with a Creole place name read as its French spelling: 0, 3, 6, 13.
NINETEENTH_MISSING, NINETEENTH_MERGED, NINETEENTH_EXTRA, NINETEENTH_CLAIMS_LINKED = 0, 3, 6, 13
#: The twentieth set's bounds (when it was added at the end of session 30: the blind copy gave 44 KB
#: events for 26 incidents at the session's start and at its end, 12 split, six KB events holding
#: reports of two incidents; the renamed copy 47 KB events, 14 split, seven KB events holding two).
#: Four of its six near misses share a KB event with their incident (the same department three days
#: later, the same day a few kilometres away, the same district two and three days later), bounded
#: here so that they cannot grow; the other two pairs are asserted apart: 0, 7, 21, 12.
#: In session 32, with a town no gazetteer placed, filed from across the border under the dateline's
#: country, the same-named town another outlet placed: 0, 7, 19, 12.
#: In session 36, with a happening recalled in passing before its document's news ("a week after
#: a bomb attack on the town") background even when stored before the incident's own reports:
#: 0, 6, 17, 12.
#: In session 38, with one district of a province spelt two ways one place whatever its
#: coordinates: 0, 6, 16, 12.
TWENTIETH_MISSING, TWENTIETH_MERGED, TWENTIETH_EXTRA, TWENTIETH_CLAIMS_LINKED = 0, 6, 16, 12
#: The twenty-first set's bounds (when it was added at the end of session 31: the blind copy gave 43
#: KB events for 26 incidents at the session's start and 41 at its end, 15 and 14 split, three KB
#: events holding reports of two incidents; the renamed copy 40 KB events, 13 split, the same three).
#: Three of its six near misses share a KB event with their incident (the same road a week later, the
#: same day in a neighbouring district, the next day in a neighbouring municipality), bounded here so
#: that they cannot grow; the other three pairs are asserted apart: 0, 3, 14, 11.
#: In session 33, with a "w" between vowels spelt "u" in one report: 0, 3, 13, 11.
#: In session 35 (38 KB events at its start), with a follow-up placed at the town of an order joining
#: the attack at the other town its sentence names, of one toll: 0, 3, 11, 11; at its end, with the
#: event verifier and place ranker retrained on the study pages: 0, 3, 10, 11.
#: In session 36, with a happening recalled in passing before its document's news ("a week after
#: a bomb attack on the town") background even when stored before the incident's own reports:
#: 0, 2, 9, 11.
#: In session 38, with the Taliban acting for Afghanistan's state (an attack blamed on them there names no
#: doer): 0, 2, 8, 11.
TWENTYFIRST_MISSING, TWENTYFIRST_MERGED, TWENTYFIRST_EXTRA, TWENTYFIRST_CLAIMS_LINKED = 0, 2, 8, 11
#: The twenty-second set's bounds (when it was added at the end of session 32: the blind copy gave 37
#: KB events for 26 incidents at the session's start and at its end, 10 split, three KB events holding
#: reports of two incidents; the renamed copy 39 KB events, 12 split, the same three). Three of its six
#: near misses share a KB event with their incident (the same town a week later, the same day a few
#: kilometres away, the same district four days later), bounded here so that they cannot grow; the
#: other three pairs are asserted apart: 0, 3, 13, 12.
#: In session 36, with a happening recalled in passing before its document's news ("a week after
#: a bomb attack on the town") background even when stored before the incident's own reports:
#: 0, 2, 8, 12.
TWENTYSECOND_MISSING, TWENTYSECOND_MERGED, TWENTYSECOND_EXTRA, TWENTYSECOND_CLAIMS_LINKED = 0, 2, 8, 12
#: The twenty-third set's bounds (when it was added at the start of session 34: the blind copy gave 42
#: KB events for 26 incidents, 14 split, three KB events holding reports of two incidents; the renamed
#: copy 44 KB events, 15 split, four holding two). Three of its six near misses share a KB event with
#: their incident (the same local government area three days later, the same territory a week later,
#: the same day a few kilometres away under one claim), bounded here so that they cannot grow; the
#: other three pairs are asserted apart: 0, 4, 18, 10.
#: In session 36, with a happening recalled in passing before its document's news ("a week after
#: a bomb attack on the town") background even when stored before the incident's own reports:
#: 0, 2, 12, 10.
TWENTYTHIRD_MISSING, TWENTYTHIRD_MERGED, TWENTYTHIRD_EXTRA, TWENTYTHIRD_CLAIMS_LINKED = 0, 2, 12, 10
#: The twenty-fourth set's bounds (when it was added at the end of session 34: the blind copy gave 37
#: KB events for 26 incidents, 10 split, four KB events holding reports of two incidents at the
#: session's start and at its end; the renamed copy the same). Four of its six near misses share a KB
#: event with their incident (the same local government area two days later, the same night nearby
#: under one claim, the same district four days later, the next day in the neighbouring township),
#: bounded here so that they cannot grow; the other two pairs are asserted apart: 0, 4, 11, 13; at the
#: end of session 35, with the event verifier and place ranker retrained on the study pages, one KB
#: event fewer holding two incidents: 0, 3, 11, 13.
#: In session 36, with a happening recalled in passing before its document's news ("a week after
#: a bomb attack on the town") background even when stored before the incident's own reports:
#: 0, 2, 10, 13.
#: In session 38, with one district of a province spelt two ways one place whatever its
#: coordinates: 0, 2, 9, 13.
#: In session 39, with two short names of unplaced towns of one country a vowel apart one town:
#: 0, 2, 7, 13.
TWENTYFOURTH_MISSING, TWENTYFOURTH_MERGED, TWENTYFOURTH_EXTRA, TWENTYFOURTH_CLAIMS_LINKED = 0, 2, 7, 13
#: The twenty-fifth set's bounds (when it was added at the end of session 35: the blind copy gave 37
#: KB events for 26 incidents, 8 split, one near miss with no KB event, three KB events holding
#: reports of two incidents, at the session's start and at its end; the renamed copy 36). Three of
#: its near misses share a KB event with their incident (the same cercle a week later, the same day
#: a few kilometres away, the same city the same day), bounded here so that they cannot grow; two
#: pairs are asserted apart: 1, 3, 10, 13.
#: In session 36, with a happening recalled in passing before its document's news ("a week after
#: a bomb attack on the town") background even when stored before the incident's own reports:
#: 1, 3, 8, 13; at the end of session 36, with the learned stages retrained on the merged code: 1, 3,
#: 7, 13.
#: In session 38, with a dateline abroad beside a scene of no known country only where the
#: outlet filed: 1, 3, 5, 13.
TWENTYFIFTH_MISSING, TWENTYFIFTH_MERGED, TWENTYFIFTH_EXTRA, TWENTYFIFTH_CLAIMS_LINKED = 1, 3, 5, 13
#: The twenty-sixth set's bounds (when it was added at the end of session 36: the blind copy gave 43
#: KB events for 26 incidents, 14 split, four KB events holding reports of two incidents at the
#: session's start and 42, 13, 3 at its end; the renamed copy 42, 13, 2, claims linked 7 of 9). The
#: same night's attacks some twenty kilometres apart, claimed in one statement, share two KB events,
#: bounded here so that they cannot grow; the other five near misses are asserted apart: 0, 2, 16, 7.
TWENTYSIXTH_MISSING, TWENTYSIXTH_MERGED, TWENTYSIXTH_EXTRA, TWENTYSIXTH_CLAIMS_LINKED = 0, 2, 15, 7
#: The twenty-seventh set's bounds (when it was added at the end of session 37: the blind copy gave
#: 37 KB events for 26 incidents, 9 split, four KB events holding reports of two incidents at the
#: session's start and at its end; the renamed copy 39, 10, 4, claims linked 10 of 10). Two near
#: misses share a KB event with their incident (the same local government area three days later,
#: the next township the same day) and two recalled incidents with the news that recalls them,
#: bounded here so that they cannot grow; the other four near misses are asserted apart: 0, 4, 13, 10.
#: In session 40, with a Burmese town's aspirated spelling ("Bh") one name with the plain one: 0, 4, 12, 10.
TWENTYSEVENTH_MISSING, TWENTYSEVENTH_MERGED, TWENTYSEVENTH_EXTRA, TWENTYSEVENTH_CLAIMS_LINKED = 0, 4, 12, 10
#: The twenty-eighth set's bounds (when it was added at the end of session 38: the blind copy gave
#: 41 KB events for 26 incidents, 13 split, five KB events holding reports of two incidents at the
#: session's start and at its end; the renamed copy 39, 10, 5, claims linked 9 of 9). Four near
#: misses share KB events with their incident (the same local government area three days later,
#: the next province the same night, the next district the same night, the next commune two days
#: later), bounded here so that they cannot grow; the other two are asserted apart: 0, 5, 13, 9.
#: In session 41, with a town read only in its dateline's country one with the township of its name
#: across the border, and the state of that country blamed beside the home state no other doer:
#: 0, 5, 12, 9.
TWENTYEIGHTH_MISSING, TWENTYEIGHTH_MERGED, TWENTYEIGHTH_EXTRA, TWENTYEIGHTH_CLAIMS_LINKED = 0, 5, 12, 9
#: The twenty-ninth set's bounds (when it was added at the end of session 39: the blind copy gave
#: 40 KB events for 26 incidents, 11 split, five KB events holding reports of two incidents at the
#: session's start and at its end, claims linked 7 of 8; the renamed copy 37, 9, 5, claims linked 8
#: of 8). Five near misses share KB events with their incident (the same local government area
#: three days later, the neighbouring commune two days later, the same town four days later, the
#: neighbouring town three days later, the next district the same night), bounded here so that they
#: cannot grow; the sixth is asserted apart: 0, 5, 11, 8.
#: In session 40, with a clause a span of days before "after" ("four days after the group attacked
#: the base") a recollection whatever its grammar, the same town's attack four days later is apart
#: from the first (asserted below): 0, 4, 10, 8.
#: In session 41, with the state of the country an outlet filed from blamed beside the home state
#: no other doer (one air strike told from across the border): 0, 4, 9, 8.
TWENTYNINTH_MISSING, TWENTYNINTH_MERGED, TWENTYNINTH_EXTRA, TWENTYNINTH_CLAIMS_LINKED = 0, 4, 9, 8
#: The thirtieth set's bounds (when it was added at the end of session 40: the blind copy gave
#: 35 KB events for 26 incidents, 9 split, three KB events holding reports of two incidents at the
#: session's start and at its end, claims linked 10 of 10; the renamed copy 33, 7, 2, claims linked
#: 10 of 10). Two near misses share KB events with their incident (the same province the same day
#: some 40 km away, the neighbouring municipality the same night), bounded here so that they cannot
#: grow; the other four are asserted apart: 0, 2, 7, 10.
THIRTIETH_MISSING, THIRTIETH_MERGED, THIRTIETH_EXTRA, THIRTIETH_CLAIMS_LINKED = 0, 2, 7, 10
#: The thirty-first set's bounds (when it was added at the end of session 41: the blind copy gave
#: 38 KB events for 26 incidents, 12 split, seven KB events holding reports of two incidents at the
#: session's start, 37, 11 and seven at its end, claims linked 10 of 10 both times; the renamed copy
#: 36, 10, 7, claims linked 10 of 10 by the benchmark, 9 by the test below, which wants the claim
#: on an event holding its own report's incident: the BLA's claim of the Shahrag roadside bomb goes
#: to a KB event of the Harnai post attack). Five near misses share KB events with their incident
#: (the same local government area three days later, the neighbouring province the same day, the
#: same group two days later in the same district, the same district two days later, the same
#: island the same day), bounded here so that they cannot grow; the same town four days later is
#: asserted apart: 0, 7, 10, 9.
#: In session 42, with a report dated by its publication that its sentence sets beside the news of
#: the day background to the other event it joins (a mine attack told in the report of the same
#: day's assault on a detachment): 0, 6, 9, 9.
THIRTYFIRST_MISSING, THIRTYFIRST_MERGED, THIRTYFIRST_EXTRA, THIRTYFIRST_CLAIMS_LINKED = 0, 6, 9, 9
#: The thirty-second set's bounds (when it was added at the end of session 42: the blind copy gave
#: 32 KB events for 26 incidents, 6 split, two KB events holding reports of two incidents, tolls right
#: 24 of 26, claims linked 9 of 10, at the session's start and the same at its end; the renamed copy
#: the same: 32, 6, 2, tolls 24 of 26, claims linked 9 of 10 by the benchmark and by the test below:
#: the BLA's claim of the Dalbandin convoy ambush goes to a KB event of the Awaran roadside bomb,
#: another district's near miss of the same day). Two near misses share KB events with
#: their incident (the same town four days later, the neighbouring municipality the next day),
#: bounded here so that they cannot grow; the other four are asserted apart: 0, 2, 6, 9.
THIRTYSECOND_MISSING, THIRTYSECOND_MERGED, THIRTYSECOND_EXTRA, THIRTYSECOND_CLAIMS_LINKED = 0, 2, 6, 9
#: The thirty-third set's bounds (when it was added at the end of session 43: the blind copy gave
#: 34 KB events for 26 incidents, 7 split, one KB event holding reports of two incidents, tolls right
#: 23 of 26, claims linked 10 of 10 at the session's start, and 33, 6, one, tolls 23 of 26, claims
#: linked 10 of 10 at its end (counted by label; 32, 5, none counted honestly); the renamed copy 31
#: KB events, 5 split, none holding two incidents, tolls right 24 of 26, claims linked 10 of 10 by
#: the benchmark's honest count, and by label, as counted here, 32 KB events, 6 split, one KB event
#: holding two incidents: the Ghalanai attack and its near miss of the same night in Darazinda,
#: another district of Khyber Pakhtunkhwa). That near miss is bounded here so that it cannot grow;
#: the other five are asserted apart: 0, 1, 6, 10.
THIRTYTHIRD_MISSING, THIRTYTHIRD_MERGED, THIRTYTHIRD_EXTRA, THIRTYTHIRD_CLAIMS_LINKED = 0, 1, 6, 10
#: The thirty-fourth set's bounds (when it was added at the end of session 44: the blind copy gave
#: 34 KB events for 26 incidents, 7 split, one KB event holding reports of two incidents, tolls right
#: 18 of 26, claims linked 9 of 10 at the session's start, by the benchmark honestly and by label; the
#: renamed copy 35 KB events, 8 split (the Tlaltenango party shooting told as two KB events, where
#: the blind copy's Jerez was one), the same KB event holding two incidents, tolls right 18 of 26,
#: honestly and by label alike, claims linked 9 of 10 by the benchmark and 10 by the test below,
#: which takes a claim on any KB event holding its incident's reports: the New IRA's claim of the
#: Portadown shooting goes to one of the shooting's two KB events of two reports each, not the one
#: the benchmark takes as the main). One near miss shares a KB event with its incident (the Chitral
#: attack and its near miss of the same night in Timergara, Lower Dir, another district of Khyber
#: Pakhtunkhwa), bounded here so that it cannot grow; another (Lawdar, the same Yemeni province the
#: next day) gives no KB event of its own, bounded as missing; the other four are asserted apart:
#: 1, 1, 9, 10.
THIRTYFOURTH_MISSING, THIRTYFOURTH_MERGED, THIRTYFOURTH_EXTRA, THIRTYFOURTH_CLAIMS_LINKED = 1, 1, 9, 10
#: The thirty-fifth set's bounds (when it was added at the end of session 45: the blind copy gave 37
#: KB events for 26 incidents, 9 split, three KB events each holding reports of two incidents, tolls
#: right 20 of 26, claims linked 9 of 10 at the session's start and at its end, by the benchmark
#: honestly and by label; the renamed copy gives the same, and claims linked 10 by the test below,
#: which takes a claim on any KB event holding its incident's reports: a claim of a split incident
#: goes to one of its KB events that the benchmark does not take as the main). Three near misses
#: share a KB event with their incident (the Kagara raid and the Tegina ambush in the same Rafi LGA,
#: the Nong Chik bomb and the Khok Pho shooting in another district of Pattani, the Yarumal attack
#: and the Campamento sniper in the neighbouring municipality, each the same day), bounded here so
#: that they cannot grow; the other three are asserted apart: 0, 3, 11, 10.
THIRTYFIFTH_MISSING, THIRTYFIFTH_MERGED, THIRTYFIFTH_EXTRA, THIRTYFIFTH_CLAIMS_LINKED = 0, 3, 11, 10
#: The thirty-sixth set's bounds (when it was added after session 46: the blind copy gave 38 KB events
#: for 26 incidents, 11 split, 2 missing, one KB event holding reports of two incidents, tolls right
#: 23 of 26, claims linked 8 of 10 at the session's start, by the benchmark honestly; the renamed
#: copy gives 38 KB events, 11 split, 2 missing, 1 merged, tolls right 22 of 26, claims linked 8 by
#: the benchmark honestly, and 40 KB events, 3 merged by label). Counted by label as here, none is
#: missing and three near misses share a KB event with their incident (the Isanlu raid and the Mopa
#: ambush in the neighbouring LGA, the Ouargaye attack and the Sangha IED in the same Koulpelogo
#: province, the Yuriria bar and the Uriangato taco stand in the neighbouring municipality, each the
#: same day), bounded here so that they cannot grow; the other three are asserted apart; claims
#: linked 10 by the test below, which takes a claim on any KB event holding its incident's reports:
#: 0, 3, 14, 10.
THIRTYSIXTH_MISSING, THIRTYSIXTH_MERGED, THIRTYSIXTH_EXTRA, THIRTYSIXTH_CLAIMS_LINKED = 0, 3, 14, 10
#: The thirty-seventh set's bounds (when it was added after session 47: the blind copy gave 30 KB events
#: for 26 incidents, 6 split, 3 missing, none holding reports of two incidents, tolls right 22 of 26,
#: claims linked 10 of 10 at the session's start, by the benchmark honestly; the renamed copy gives 26
#: KB events, 3 split, 3 missing, none merged, tolls right 23 of 26, claims linked 10 by the benchmark
#: honestly, and 31 KB events, 5 merged by label, the same on main's code at b8bc1e1f and on the code
#: of the session's end). Counted by label as here, none is missing and five near misses share a KB
#: event with their incident (the Gubio killings in the neighbouring LGA, the Banh IED in the
#: neighbouring province, the Topi grenade in another district of the province, the Chana shooting in
#: the neighbouring district and the Puerto Libertador drone in another municipality, each the same
#: day), bounded here so that they cannot grow; the Luuq roadside bomb four days later is asserted
#: apart; claims linked 10 by the test below: 0, 5, 5, 10.
THIRTYSEVENTH_MISSING, THIRTYSEVENTH_MERGED, THIRTYSEVENTH_EXTRA, THIRTYSEVENTH_CLAIMS_LINKED = 0, 5, 5, 10
#: The thirty-eighth set's bounds (when it was added at session 48's start: the blind copy gave 33 KB
#: events for 26 incidents, 7 split, none missing, 1 holding reports of two incidents, tolls right 21 of
#: 26, claims linked 8 of 10, by the benchmark honestly; the renamed copy gives 34 KB events, 8 split,
#: none missing, 1 merged, tolls right 22 of 26, claims linked 7 by the benchmark honestly, and 34 KB
#: events, 1 merged by label, on main's code at 53cc50ed). Counted by label as here, none is missing
#: and one near miss shares a KB event with its incident (the Ishaqi roadside bomb in another area of
#: the province the same day, its report placed only in Salahuddin, with the claim report's attack),
#: bounded here so that it cannot grow; the other five are asserted apart (the Agyaragu raid in the
#: neighbouring LGA, the Warsheikh mortars in another district of the region and the Dhadar grenade
#: in another district of the province, each the same day, the bomb on the road south of Niangoloko
#: five days later and the Algeciras sniper four days later); claims linked 10 by the test below,
#: which takes a claim on any KB event holding its incident's reports: 0, 1, 8, 10.
THIRTYEIGHTH_MISSING, THIRTYEIGHTH_MERGED, THIRTYEIGHTH_EXTRA, THIRTYEIGHTH_CLAIMS_LINKED = 0, 1, 8, 10
#: The near-miss set's bounds, as the seventh's (at the start of session 23: 0, 4, 3, 6; after two towns
#: 30 km apart the same night, targets of different kinds days apart, a report dated by the news of its
#: day and a toll told after a bombing were read: 0, 0, 1, 6).
NEARMISS_MISSING, NEARMISS_MERGED, NEARMISS_EXTRA, NEARMISS_CLAIMS_LINKED = 0, 0, 1, 6
#: Its twelve pairs of different incidents: each must stay two events.
NEARMISS_PAIRS = (
    ("mli-diafarabe-0210", "mli-diafarabe-0215"),
    ("som-balcad-0504", "som-balcad-0508"),
    ("bfa-titao-0412", "bfa-ouindigui-0412"),
    ("nga-dikwa-0621", "nga-marte-0621"),
    ("ner-bankilare-0319", "ner-bankilare-strike-0320"),
    ("pak-mirali-0707", "pak-dattakhel-strike-0708"),
    ("cod-eringeti-0811", "cod-kirumba-0814"),
    ("syr-mayadin-0118", "syr-quriyah-0129"),
    ("irq-wadishay-1003", "irq-rashad-1010"),
    ("phl-sanisidro-nsamar-0914", "phl-sanisidro-davor-0916"),
    ("afg-jalalabad-1109", "afg-jalalabad-1110"),
    ("col-tibu-convoy-1201", "col-tibu-base-1203"),
)


@pytest.mark.parametrize(
    ("which", "missing", "merged", "extra", "near_misses"),
    [
        (
            "clustered_seventh",
            SEVENTH_MISSING,
            SEVENTH_MERGED,
            SEVENTH_EXTRA,
            (
                ("af-khogyani", "near-af-pachir"),
                ("ph-butig", "near-ph-piagapo"),
                ("so-jalalaqsi", "near-so-jalalaqsi-2"),
                ("co-el-plateado", "near-co-el-plateado-2"),
            ),
        ),
        (
            "clustered_eighth",
            EIGHTH_MISSING,
            EIGHTH_MERGED,
            EIGHTH_EXTRA,
            (
                ("bf-partiaga", "near-bf-partiaga-2"),
                ("ng-gatawa", "near-ng-gatawa-raid"),
                ("iq-hawija", "near-iq-hawija-2025"),
                ("ke-milihoi", "near-ke-hulugho"),
                ("pk-mir-ali", "near-pk-kulachi"),
            ),
        ),
        (
            "clustered_ninth",
            NINTH_MISSING,
            NINTH_MERGED,
            NINTH_EXTRA,
            (
                ("tg-koundjoare", "near-tg-koundjoare-2"),
                ("ng-mushu", "near-ng-gashish"),
                ("so-mataban", "near-so-bulobarde"),
                ("cd-drodro", "near-cd-drodro-2025"),
            ),
        ),
        (
            "clustered_tenth",
            TENTH_MISSING,
            TENTH_MERGED,
            TENTH_EXTRA,
            (
                ("ng-kurmin-masara", "near-ng-manchok"),
                ("so-burhakaba", "near-so-daynunay"),
                ("pk-mir-ali", "near-pk-hassu-khel-op"),
                ("in-thanamandi", "near-in-surankote"),
                ("mz-mbau", "near-mz-chai-2025"),
            ),
        ),
        (
            "clustered_eleventh",
            ELEVENTH_MISSING,
            ELEVENTH_MERGED,
            ELEVENTH_EXTRA,
            (
                ("pk-serai-naurang", "near-pk-naurang-op"),
                ("mx-tepalcatepec", "near-mx-tepalcatepec-2"),
                ("ml-ouatagouna", "near-ml-anderamboukane"),
                ("ng-barkin-ladi", "near-ng-mangu"),
                ("th-rueso", "near-th-bannang-sata"),
                ("iq-muqdadiya", "near-iq-abu-saida-2025"),
            ),
        ),
        (
            "clustered_twelfth",
            TWELFTH_MISSING,
            TWELFTH_MERGED,
            TWELFTH_EXTRA,
            (
                ("ng-maru", "near-ng-bingi"),
                ("ng-kankara", "near-ng-kukasheka"),
                ("ne-banibangou", "near-ne-ouallam"),
                ("bf-diapaga", "near-bf-diapaga-ied"),
                ("bj-karimama", "near-bf-tansarga"),
                ("cd-mayimoya", "near-cd-beni-raid"),
            ),
        ),
        (
            "clustered_thirteenth",
            THIRTEENTH_MISSING,
            THIRTEENTH_MERGED,
            THIRTEENTH_EXTRA,
            (
                ("syr-busayrah-2026-01-14", "near-syr-thiban-2026-01-18"),
                ("tcd-barka-tolorom-2026-04-02", "near-tcd-kaiga-2026-04-05"),
                ("tha-rueso-2026-06-09", "near-tha-rangae-2026-06-09"),
                ("mmr-kani-2026-06-18", "near-mmr-yinmabin-2026-06-21"),
                ("col-suarez-2026-07-15", "near-col-jamundi-2026-07-15"),
                ("rus-kaspiysk-2026-10-11", "near-rus-khasavyurt-2026-10-13"),
            ),
        ),
        (
            "clustered_fourteenth",
            FOURTEENTH_MISSING,
            FOURTEENTH_MERGED,
            FOURTEENTH_EXTRA,
            (
                ("nga-kawuri-2026-01-19", "near-nga-dalwa-2026-01-23"),
                ("bfa-gaskinde-2026-03-03", "near-bfa-tongomayel-2026-03-07"),
                ("cod-mamove-2026-05-18", "near-cod-mangurejipa-2026-05-18"),
                ("pak-mirali-2026-06-08", "near-pak-domel-2026-06-08"),
                ("col-saravena-2026-10-06", "near-col-tame-2026-10-09"),
                ("hti-mirebalais-2026-11-03", "near-hti-mirebalais-2026-11-10"),
            ),
        ),
        (
            "clustered_fifteenth",
            FIFTEENTH_MISSING,
            FIFTEENTH_MERGED,
            FIFTEENTH_EXTRA,
            (
                ("nga-daffo-2026-01-13", "near-nga-butura-2026-01-16"),
                ("som-buloburde-2026-03-18", "near-som-buloburde-2026-03-25"),
                ("pak-naurang-2026-05-27", "near-pak-karak-2026-05-27"),
                ("irq-hawija-2026-08-25", "near-irq-daquq-2026-08-29"),
                ("col-tibu-2026-10-14", "near-col-tibu-2026-10-21"),
            ),
        ),
        (
            "clustered_sixteenth",
            SIXTEENTH_MISSING,
            SIXTEENTH_MERGED,
            SIXTEENTH_EXTRA,
            (
                ("col-suarez-2026-08-21", "near-col-suarez-2026-08-28"),
                ("nga-kucheri-2026-01-20", "near-nga-dansadau-2026-01-20"),
                ("hti-mirebalais-2026-09-19", "near-hti-lascahobas-2026-09-19"),
            ),
        ),
        (
            "clustered_seventeenth",
            SEVENTEENTH_MISSING,
            SEVENTEENTH_MERGED,
            SEVENTEENTH_EXTRA,
            (
                ("bfa-diapaga-2026-02-16", "near-bfa-logobou-2026-02-19"),
                ("som-bulobarde-2026-03-21", "near-som-bulobarde-2026-03-28"),
                ("cod-plainesavo-2026-05-10", "near-cod-rhoe-2026-05-13"),
                ("ind-machedi-2026-07-02", "near-ind-ramgarh-2026-07-06"),
                ("col-tibu-2026-10-02", "near-col-tibu-2026-10-09"),
            ),
        ),
        (
            "clustered_eighteenth",
            EIGHTEENTH_MISSING,
            EIGHTEENTH_MERGED,
            EIGHTEENTH_EXTRA,
            (
                ("nga-mushere-2026-01-20", "near-nga-hurti-2026-01-23"),
                ("cod-eringeti-2026-05-24", "near-cod-mamove-2026-05-27"),
                ("ind-zairawn-2026-07-11", "near-ind-borobekra-2026-07-15"),
            ),
        ),
        (
            "clustered_nineteenth",
            NINETEENTH_MISSING,
            NINETEENTH_MERGED,
            NINETEENTH_EXTRA,
            (
                ("nga-kawuri-2026-01-12", "near-nga-dalwa-2026-01-15"),
                ("cod-lopa-2026-05-19", "near-cod-boga-2026-05-19"),
                ("ind-mahore-2026-07-08", "near-ind-mahore-2026-07-15"),
            ),
        ),
        (
            "clustered_twentieth",
            TWENTIETH_MISSING,
            TWENTIETH_MERGED,
            TWENTIETH_EXTRA,
            (
                ("nga-mangor-2026-04-06", "near-nga-hurti-2026-04-09"),
                ("mex-cortazar-2026-10-04", "near-mex-cortazar-2026-10-11"),
            ),
        ),
        (
            "clustered_twentyfirst",
            TWENTYFIRST_MISSING,
            TWENTYFIRST_MERGED,
            TWENTYFIRST_EXTRA,
            (
                ("cod-oicha-2026-02-05", "near-cod-eringeti-2026-02-09"),
                ("mli-kemacina-2026-02-21", "near-mli-kokry-2026-02-23"),
                ("ecu-duran-2026-09-26", "near-ecu-duran-2026-10-03"),
            ),
        ),
        (
            "clustered_twentysecond",
            TWENTYSECOND_MISSING,
            TWENTYSECOND_MERGED,
            TWENTYSECOND_EXTRA,
            (
                ("bfa-goromgorom-2026-01-10", "near-bfa-markoye-2026-01-14"),
                ("ner-banibangou-2026-01-29", "near-ner-banibangou-2026-01-31"),
                ("ind-gangaloor-2026-05-14", "near-ind-bijapur-2026-05-17"),
            ),
        ),
        (
            "clustered_twentythird",
            TWENTYTHIRD_MISSING,
            TWENTYTHIRD_MERGED,
            TWENTYTHIRD_EXTRA,
            (
                ("mli-boni-2026-01-08", "near-mli-hombori-2026-01-12"),
                ("ken-elwak-2026-06-06", "near-ken-elwak-2026-06-13"),
                ("phl-shariffaguak-2026-09-10", "near-phl-shariffaguak-2026-09-12"),
            ),
        ),
        (
            "clustered_twentyfourth",
            TWENTYFOURTH_MISSING,
            TWENTYFOURTH_MERGED,
            TWENTYFOURTH_EXTRA,
            (
                ("som-afgoye-2026-04-02", "near-som-afgoye-2026-04-09"),
                ("pak-panjgur-2026-06-24", "near-pak-panjgur-2026-06-26"),
            ),
        ),
        (
            "clustered_twentyfifth",
            TWENTYFIFTH_MISSING,
            TWENTYFIFTH_MERGED,
            TWENTYFIFTH_EXTRA,
            (
                ("col-suarez-2026-09-26", "near-col-suarez-2026-09-27"),
                ("nga-mairuwa-2026-01-25", "near-nga-yankara-2026-01-28"),
            ),
        ),
        (
            "clustered_twentysixth",
            TWENTYSIXTH_MISSING,
            TWENTYSIXTH_MERGED,
            TWENTYSIXTH_EXTRA,
            (
                ("nga-kucheri-2026-01-09", "near-nga-yandoto-2026-01-12"),
                ("som-adale-2026-02-05", "near-som-adale-2026-02-07"),
                ("bfa-markoye-2026-04-02", "near-bfa-markoye-2026-04-09"),
                ("phl-datuhoffer-2026-09-03", "near-phl-datuhoffer-2026-09-04"),
                ("ecu-duran-2026-10-10", "near-ecu-duran-2026-10-10"),
            ),
        ),
        (
            "clustered_twentyseventh",
            TWENTYSEVENTH_MISSING,
            TWENTYSEVENTH_MERGED,
            TWENTYSEVENTH_EXTRA,
            (
                ("som-guriceel-2026-02-20", "near-som-guriceel-2026-02-24"),
                ("bfa-mangodara-2026-03-04", "near-civ-kafolo-2026-03-04"),
                ("pak-chilas-2026-06-23", "near-pak-darel-2026-06-25"),
                ("ecu-manta-2026-10-14", "near-ecu-portoviejo-2026-10-14"),
            ),
        ),
        (
            "clustered_twentyeighth",
            TWENTYEIGHTH_MISSING,
            TWENTYEIGHTH_MERGED,
            TWENTYEIGHTH_EXTRA,
            (
                ("ken-modogashe-2026-05-05", "near-ken-ijara-2026-05-07"),
                ("afg-charikar-2026-06-04", "near-afg-charikar-2026-06-08"),
            ),
        ),
        (
            "clustered_twentyninth",
            TWENTYNINTH_MISSING,
            TWENTYNINTH_MERGED,
            TWENTYNINTH_EXTRA,
            (
                ("tha-sabayoi-2026-07-16", "near-tha-thepha-2026-07-16"),
                ("som-hudur-2026-04-22", "near-som-hudur-2026-04-26"),
            ),
        ),
        (
            "clustered_thirtieth",
            THIRTIETH_MISSING,
            THIRTIETH_MERGED,
            THIRTIETH_EXTRA,
            (
                ("nga-okuta-2026-01-15", "near-nga-yashikira-2026-01-18"),
                ("som-afmadow-2026-05-05", "near-som-afmadow-2026-05-09"),
                ("pak-darraadamkhel-2026-07-06", "near-pak-lachi-2026-07-08"),
                ("ind-venkatapuram-2026-07-20", "near-ind-charla-2026-07-22"),
            ),
        ),
        (
            "clustered_thirtyfirst",
            THIRTYFIRST_MISSING,
            THIRTYFIRST_MERGED,
            THIRTYFIRST_EXTRA,
            (("mex-caborca-2026-09-24", "near-mex-caborca-2026-09-28"),),
        ),
        (
            "clustered_thirtysecond",
            THIRTYSECOND_MISSING,
            THIRTYSECOND_MERGED,
            THIRTYSECOND_EXTRA,
            (
                ("ken-kiunga-2026-06-18", "near-ken-mangai-2026-06-19"),
                ("pak-dalbandin-2026-08-27", "near-pak-awaran-2026-08-27"),
                ("ind-gariaband-2026-09-29", "near-ind-kondagaon-2026-09-29"),
                ("col-fortul-2026-11-02", "near-col-arauquita-2026-11-02"),
            ),
        ),
        (
            "clustered_thirtythird",
            THIRTYTHIRD_MISSING,
            THIRTYTHIRD_MERGED,
            THIRTYTHIRD_EXTRA,
            (
                ("nga-buniyadi-2026-01-14", "near-nga-bunigari-2026-01-15"),
                ("bfa-bogande-2026-03-10", "near-bfa-bogande-2026-03-14"),
                ("col-segovia-2026-06-23", "near-col-remedios-2026-06-23"),
                ("som-dinsoor-2026-07-02", "near-som-berdale-2026-07-02"),
                ("irq-sharqat-2026-11-03", "near-irq-baiji-2026-11-04"),
            ),
        ),
        (
            "clustered_thirtyfourth",
            THIRTYFOURTH_MISSING,
            THIRTYFOURTH_MERGED,
            THIRTYFOURTH_EXTRA,
            (
                ("nga-kajuru-2026-01-19", "near-nga-kufana-2026-01-19"),
                ("bfa-tougan-2026-03-11", "near-bfa-tougan-2026-03-15"),
                ("som-qoryoley-2026-06-02", "near-som-marka-2026-06-02"),
                ("col-sardinata-2026-08-08", "near-col-eltarra-2026-08-08"),
            ),
        ),
        (
            "clustered_thirtyfifth",
            THIRTYFIFTH_MISSING,
            THIRTYFIFTH_MERGED,
            THIRTYFIFTH_EXTRA,
            (
                ("pak-derabugti-2026-02-26", "near-pak-loralai-2026-02-26"),
                ("mli-niena-2026-03-15", "near-mli-niena-2026-03-20"),
                ("yem-habban-2026-08-27", "near-yem-markha-2026-08-28"),
            ),
        ),
        (
            "clustered_thirtysixth",
            THIRTYSIXTH_MISSING,
            THIRTYSIXTH_MERGED,
            THIRTYSIXTH_EXTRA,
            (
                ("som-mahaday-2026-02-11", "near-som-mahaday-2026-02-18"),
                ("pak-takhtenasrati-2026-04-15", "near-pak-paharpur-2026-04-15"),
                ("tha-krongpinang-2026-05-27", "near-tha-krongpinang-2026-05-30"),
            ),
        ),
        (
            "clustered_thirtyseventh",
            THIRTYSEVENTH_MISSING,
            THIRTYSEVENTH_MERGED,
            THIRTYSEVENTH_EXTRA,
            (("som-luuq-2026-03-08", "near-som-luuq-2026-03-12"),),
        ),
        (
            "clustered_thirtyeighth",
            THIRTYEIGHTH_MISSING,
            THIRTYEIGHTH_MERGED,
            THIRTYEIGHTH_EXTRA,
            (
                ("nga-kadarko-2026-01-15", "near-nga-agyaragu-2026-01-15"),
                ("bfa-niangoloko-2026-01-28", "near-bfa-niangoloko-2026-02-02"),
                ("som-adale-2026-02-24", "near-som-warsheikh-2026-02-24"),
                ("pak-dalbandin-2026-06-16", "near-pak-dhadar-2026-06-16"),
                ("col-algeciras-2026-08-11", "near-col-algeciras-2026-08-15"),
            ),
        ),
        ("clustered_nearmiss", NEARMISS_MISSING, NEARMISS_MERGED, NEARMISS_EXTRA, NEARMISS_PAIRS),
    ],
)
def test_the_blind_sets_stay_within_their_measured_bounds(
    which: str,
    missing: int,
    merged: int,
    extra: int,
    near_misses: tuple[tuple[str, str], ...],
    request: pytest.FixtureRequest,
) -> None:
    fixture, rows = request.getfixturevalue(which)
    events_of = _key_events(fixture, rows)
    assert len(set(fixture["expect"]) - set(events_of)) <= missing
    assert len(_merged(events_of)) <= merged
    assert sum(len(ids) for ids in events_of.values()) <= len(fixture["expect"]) + extra
    for first, second in near_misses:
        assert events_of[first] and events_of[second] and not events_of[first] & events_of[second]


@pytest.mark.parametrize(
    ("which", "at_least"),
    [
        ("clustered_seventh", SEVENTH_CLAIMS_LINKED),
        ("clustered_eighth", EIGHTH_CLAIMS_LINKED),
        ("clustered_ninth", NINTH_CLAIMS_LINKED),
        ("clustered_tenth", TENTH_CLAIMS_LINKED),
        ("clustered_eleventh", ELEVENTH_CLAIMS_LINKED),
        ("clustered_twelfth", TWELFTH_CLAIMS_LINKED),
        ("clustered_thirteenth", THIRTEENTH_CLAIMS_LINKED),
        ("clustered_fourteenth", FOURTEENTH_CLAIMS_LINKED),
        ("clustered_fifteenth", FIFTEENTH_CLAIMS_LINKED),
        ("clustered_sixteenth", SIXTEENTH_CLAIMS_LINKED),
        ("clustered_seventeenth", SEVENTEENTH_CLAIMS_LINKED),
        ("clustered_eighteenth", EIGHTEENTH_CLAIMS_LINKED),
        ("clustered_nineteenth", NINETEENTH_CLAIMS_LINKED),
        ("clustered_twentieth", TWENTIETH_CLAIMS_LINKED),
        ("clustered_twentyfirst", TWENTYFIRST_CLAIMS_LINKED),
        ("clustered_twentysecond", TWENTYSECOND_CLAIMS_LINKED),
        ("clustered_twentythird", TWENTYTHIRD_CLAIMS_LINKED),
        ("clustered_twentyfourth", TWENTYFOURTH_CLAIMS_LINKED),
        ("clustered_twentyfifth", TWENTYFIFTH_CLAIMS_LINKED),
        ("clustered_twentysixth", TWENTYSIXTH_CLAIMS_LINKED),
        ("clustered_twentyseventh", TWENTYSEVENTH_CLAIMS_LINKED),
        ("clustered_twentyeighth", TWENTYEIGHTH_CLAIMS_LINKED),
        ("clustered_twentyninth", TWENTYNINTH_CLAIMS_LINKED),
        ("clustered_thirtieth", THIRTIETH_CLAIMS_LINKED),
        ("clustered_thirtyfirst", THIRTYFIRST_CLAIMS_LINKED),
        ("clustered_thirtysecond", THIRTYSECOND_CLAIMS_LINKED),
        ("clustered_thirtythird", THIRTYTHIRD_CLAIMS_LINKED),
        ("clustered_thirtyfourth", THIRTYFOURTH_CLAIMS_LINKED),
        ("clustered_thirtyfifth", THIRTYFIFTH_CLAIMS_LINKED),
        ("clustered_thirtysixth", THIRTYSIXTH_CLAIMS_LINKED),
        ("clustered_thirtyseventh", THIRTYSEVENTH_CLAIMS_LINKED),
        ("clustered_thirtyeighth", THIRTYEIGHTH_CLAIMS_LINKED),
        ("clustered_nearmiss", NEARMISS_CLAIMS_LINKED),
    ],
)
def test_the_blind_sets_claims_are_linked_to_their_attacks(
    which: str, at_least: int, request: pytest.FixtureRequest
) -> None:
    fixture, rows = request.getfixturevalue(which)
    claims = [r for r in rows if r.type == "claim"]
    attacks = {r.event_id for r in rows if r.type == "attack"}
    assert claims and not {r.event_id for r in claims} & attacks
    events_of = _key_events(fixture, rows)
    incident_of = {r["id"]: r["incident"] for r in fixture["reports"]}
    linked = {
        incident_of[r.doc_id]
        for r in claims
        if (r.resolution or {}).get("claims") in events_of.get(incident_of[r.doc_id], set())
    }
    # claims linked to an event holding their own incident's reports
    assert len(linked & set(fixture["claims"])) >= at_least
