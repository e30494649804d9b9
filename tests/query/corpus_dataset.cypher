# Queries on the built-in dataset only (its node types and edge kinds); see corpus_generic.cypher.
MATCH (u:university) RETURN u.id, u.name
MATCH (u:university)-[r]->(x) RETURN u.id, type(r), x.id
MATCH (u:university)-[:branch]->(x)-[:WITHIN*0..]->(c:city) RETURN u.id, c.id, count(*)
MATCH (u:university)-[:branch]->(x)-[:WITHIN*0..]->(:city {id: 'huaian'}) RETURN DISTINCT u.id
MATCH (u:university)-[:branch]->(x)-[:WITHIN*0..]->(:city {id: $city}) RETURN DISTINCT u.id, x.id
MATCH (n:city {id: 'nanjing'})<-[:WITHIN*0..]-(a)-[r {evidence: 'stated'}]-(b)-[:WITHIN*0..]->(c:city) WHERE c <> n RETURN c.id, count(r) AS ties
MATCH (g:corridor) WHERE NOT exists { MATCH (g)<-[:MEMBER_OF {implied: false}]-(m1), (g)<-[:MEMBER_OF {implied: false}]-(m2), (m1)<-[:WITHIN*0..]-(a)-[:flying_enclave]-(b)-[:WITHIN*0..]->(m2) WHERE m1 <> m2 } RETURN g.id
MATCH (c:city)-[:MEMBER_OF {implied: false}]->(:region {id: 'nanjing_metro'}) WHERE NOT exists { MATCH (c)<-[:WITHIN*0..]-(a)-[r {evidence: 'stated'}]-(b)-[:WITHIN*0..]->(d:city) WHERE d <> c } RETURN c.id
MATCH (v:indicator {metric: 'tech_contract_value_out', year: 2024})-[:OF]->(s), (g:indicator {metric: 'tech_contract_value_out_yoy', year: 2024})-[:OF]->(s) RETURN s.id, v.value / (1 + g.value / 100) AS base_2023
MATCH (v:indicator {metric: 'tech_contract_value_out', year: 2024})-[:OF]->(s)<-[:OF]-(n:indicator {metric: 'tech_contracts_out', year: 2024}) RETURN s.id, v.value / n.value * 10000 AS per_contract
MATCH (a)-[r:flying_enclave]->(b) RETURN a.id, b.id, r.weight
MATCH (a)-[r:partner_park]-(b) RETURN a.id, b.id
MATCH (a)-[r:joint_lab]->(b:lab) RETURN a.id, b.id
MATCH (a:institute)-[r]->(b) RETURN type(r), count(*)
MATCH (p:park)-[:WITHIN]->(d:district)-[:WITHIN]->(c:city) RETURN c.id, count(p)
MATCH (p:park)-[:WITHIN*]->(c:city) RETURN c.id, count(p) AS parks
MATCH (c:county)-[:WITHIN]->(x:city) RETURN x.id, collect(c.id)
MATCH (l:lab) OPTIONAL MATCH (l)-[:WITHIN]->(p) RETURN l.id, p.id
MATCH (f:fund)-[r]-(x) RETURN f.id, type(r), x.type
MATCH (a:platform)-[r:co_innovation]-(b) RETURN count(*)
MATCH (a)-[r:co_innovation]->(b) WHERE a.type <> b.type RETURN a.type, b.type, count(*)
MATCH (a)-[r]->(b) WHERE r.year = 2024 RETURN type(r), count(*)
MATCH (a)-[r:membership]->(b:alliance) RETURN b.id, count(a)
MATCH (a)-[r:talent]-(b) RETURN a.id, b.id, r.evidence
MATCH (a:city)-[r:corridor_link]-(b:city) RETURN a.id, b.id
MATCH (c:city) WHERE c.province = 'Jiangsu' RETURN c.id
MATCH (c:city) RETURN c.id, c.attributes.province
MATCH (c:city) WHERE c.latitude > 32 RETURN c.id, c.latitude
MATCH (c:city {id: 'nanjing'}) RETURN size(c.eight_industry_chains)
MATCH (c:city {name: '南京'}) RETURN c.id, c.name_en
MATCH (c:city {name_en: "Huai'an"}) RETURN c.id
MATCH (c:city) WHERE c.name_en =~ 'Huai.*' RETURN c.id
MATCH (e)-[r]->(x) WHERE size(r.sources) > 1 RETURN r.id, size(r.sources)
MATCH (e)-[r]->(x) UNWIND r.sources AS s RETURN s.document, count(*)
MATCH (i:indicator)-[:OF]->(:city {id: 'nanjing'}) WHERE i.kind = 'target' RETURN i.metric, i.value, i.year
MATCH (i:indicator {kind: 'target'})-[:OF]->(s) RETURN s.id, count(i) AS targets
MATCH (i:indicator)-[:OF]->(g:region) RETURN g.id, i.metric, i.value
MATCH (t:indicator {metric: 'hte_count', year: 2025})-[:OF]->(c), (a:indicator {metric: 'hte_count', year: 2024})-[:OF]->(c) RETURN c.id, t.value - a.value AS gap
MATCH (a:indicator {metric: 'hte_count'})-[:OF]->(c:city) RETURN c.id, a.year, a.value, a.kind
MATCH (c:city)-[:MEMBER_OF]->(g:corridor) RETURN c.id, count(g) AS corridors
MATCH (g:corridor)<-[:MEMBER_OF]-(m) WITH g, count(m) AS members WHERE members >= 2 RETURN g.id, members
MATCH (c:city)-[:MEMBER_OF]->(r:region {id: 'nanjing_metro'}) OPTIONAL MATCH (c)<-[:WITHIN*]-(u:university) RETURN c.id, count(u)
MATCH (n:city {id: 'nanjing'})<-[:WITHIN*]-(x) RETURN x.type, count(*) AS n
MATCH p = (u:university {id: 'seu'})-[:branch]->(x)-[:WITHIN*]->(c:city) RETURN length(p), c.id
MATCH (u:university {id: 'seu'})-[r*1..2]-(x:city) RETURN DISTINCT x.id
MATCH (a)-[r]->(g:region) RETURN a.id, type(r), g.id
CALL innonet.pagerank({level: 'city'}) YIELD node, score MATCH (node)-[:MEMBER_OF]->(:region {id: 'nanjing_metro'}) RETURN node.id, score
CALL innonet.components() YIELD node, component WITH component, count(*) AS size RETURN count(*) AS components, max(size) AS largest
CALL innonet.kcore({level: 'city'}) YIELD node, core RETURN core, count(*)
