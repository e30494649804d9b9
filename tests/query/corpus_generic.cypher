# Queries run by the planner and by the naive reference evaluator on the built-in dataset and
# on random property graphs (tests/query/corpus_test.cpp); both must give the same rows. They use
# only the labels (city, district, enterprise, corridor, region, group, indicator) and the kinds
# (branch, tech_transfer, WITHIN, MEMBER_OF, OF) both kinds of graph have. One query a line;
# "ordered:" means the row order is compared too.
MATCH (n) RETURN count(*)
MATCH (n:city) RETURN n.id
MATCH (n:district) RETURN n.id, n.name
MATCH (n:enterprise) RETURN count(n)
MATCH (n:city|district) RETURN n.type, count(*)
MATCH (a)-[r:branch]->(b) RETURN a.id, b.id
MATCH (a)-[r:branch]-(b) RETURN a.id, b.id, r.id
MATCH (a)<-[r:tech_transfer]-(b) RETURN a.id, b.id
MATCH (a)-[r]->(b) RETURN type(r), count(*)
MATCH (a)-[r:branch|tech_transfer]->(b) RETURN a.id, type(r), b.id
MATCH (c)-[:WITHIN]->(p) RETURN p.id, count(c)
MATCH (c)-[:WITHIN*]->(p:city) RETURN p.id, count(DISTINCT c)
MATCH (c)-[:WITHIN*1..2]->(p) RETURN c.id, p.id
MATCH (c)-[:WITHIN*0..1]->(p) RETURN c.id, p.id
MATCH (n)-[:MEMBER_OF]->(g:group) RETURN g.id, count(n)
MATCH (n)-[:MEMBER_OF]->(g:corridor) RETURN g.id, count(n)
MATCH (i:indicator)-[:OF]->(s) RETURN s.id, count(i)
MATCH (i:indicator) RETURN i.metric, i.value, i.year
MATCH (a:city)-[r]-(b:city) RETURN a.id, b.id, type(r)
MATCH (a)-[r1:branch]->(b)-[r2]->(c) RETURN a.id, b.id, c.id
MATCH (a)-[r1]->(b)<-[r2]-(c) WHERE a.id < c.id RETURN a.id, b.id, c.id
MATCH (a)-[:WITHIN]->(p)<-[:WITHIN]-(b) WHERE a <> b RETURN p.id, count(*)
MATCH p = (a:enterprise)-[:WITHIN*]->(c:city) RETURN a.id, length(p), c.id
MATCH p = (a)-[r:branch]->(b) RETURN nodes(p), relationships(p)
MATCH (a) WHERE a.name STARTS WITH 'n' RETURN a.id
MATCH (a) WHERE a.id ENDS WITH '1' RETURN a.id
MATCH (a) WHERE a.id CONTAINS 'a' RETURN count(*)
MATCH (a) WHERE a.id =~ 'n[0-9]+' RETURN a.id
MATCH (a:city) WHERE a.name_en IS NULL RETURN a.id
MATCH (a:city) WHERE a.name_en IS NOT NULL RETURN a.id
MATCH (a)-[r]->(b) WHERE r.weight > 1 RETURN a.id, b.id, r.weight
MATCH (a)-[r]->(b) WHERE r.year >= 2020 AND r.year <= 2023 RETURN r.year, count(*)
MATCH (a)-[r]->(b) WHERE r.year < 2020 OR r.weight >= 2 RETURN count(*)
MATCH (a)-[r]->(b) WHERE r.year < 2020 XOR r.weight >= 2 RETURN count(*)
MATCH (a)-[r]->(b) WHERE NOT r.directed RETURN a.id, b.id
MATCH (a) WHERE a.type IN ['city', 'district'] RETURN a.type, count(*)
MATCH (a:district) WHERE NOT (a)-[:WITHIN]->(:city) RETURN a.id
MATCH (a:city) WHERE (a)<-[:WITHIN]-() RETURN a.id
MATCH (a:city) WHERE exists { MATCH (a)<-[:WITHIN*]-(e:enterprise) } RETURN a.id
MATCH (a:city) WHERE exists { (a)-[:MEMBER_OF]->(:group) } RETURN a.id
MATCH (a:city) OPTIONAL MATCH (a)<-[:WITHIN]-(d:district) RETURN a.id, count(d)
MATCH (a:city) OPTIONAL MATCH (a)-[r:branch]->(b) RETURN a.id, b.id
MATCH (a:enterprise) OPTIONAL MATCH (a)-[:WITHIN]->(p) RETURN a.id, p.id
MATCH (a) RETURN DISTINCT a.type
MATCH (a)-[r]->(b) RETURN DISTINCT type(r), a.type
ordered: MATCH (a) RETURN a.type AS t, count(*) AS n ORDER BY n DESC, t
ordered: MATCH (a) RETURN a.id ORDER BY a.id LIMIT 5
ordered: MATCH (a) RETURN a.id ORDER BY a.id DESC SKIP 3 LIMIT 4
MATCH (a:city) WITH a ORDER BY a.id LIMIT 3 RETURN a.id
MATCH (a)-[r]->(b) WITH a, count(r) AS out WHERE out > 1 RETURN a.id, out
ordered: MATCH (a)-[r]->(b) WITH type(r) AS k, count(*) AS c RETURN k, c ORDER BY c DESC, k
UNWIND [1, 2, 3] AS x RETURN x, x * 2
UNWIND range(1, 10) AS x WITH x WHERE x % 2 = 0 RETURN sum(x), avg(x), min(x), max(x)
ordered: UNWIND [3, 1, 2] AS x RETURN x ORDER BY x
MATCH (a:city) UNWIND [a.id, a.name] AS v RETURN v
RETURN 1 + 2 * 3 AS a, 7 / 2 AS b, 7.0 / 2 AS c, 7 % 3 AS d, 2 ^ 10 AS e
RETURN toUpper('abc'), toLower('ABC'), trim('  x '), substring('hello', 1, 3), replace('aXbX', 'X', '-'), split('a,b,c', ',')
RETURN size([1, 2, 3]), head([1, 2, 3]), last([1, 2, 3]), tail([1, 2, 3]), reverse([1, 2, 3]), range(0, 10, 3)
RETURN coalesce(null, 1), toInteger('42'), toFloat('2.5'), toString(12), abs(-3), sign(-2), round(2.5), floor(2.7), ceil(2.1), sqrt(16.0)
RETURN CASE WHEN 1 > 2 THEN 'a' ELSE 'b' END, CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' END
MATCH (a) RETURN CASE a.type WHEN 'city' THEN 'C' ELSE 'other' END AS k, count(*)
MATCH (a:city) RETURN a.id + '-' + a.type
MATCH (a)-[r]->(b) RETURN sum(r.weight), avg(r.weight), min(r.weight), max(r.weight)
MATCH (a)-[r]->(b) RETURN a.type, sum(r.weight) AS w
MATCH (a)-[r]->(b) RETURN count(DISTINCT a), count(DISTINCT b), count(DISTINCT type(r))
MATCH (a:city) RETURN [x IN [1, 2, 3] WHERE x > 1 | x * 10] AS l, a.id
MATCH (a)-[r]->(b) WHERE r.evidence = 'stated' RETURN count(*)
MATCH (a:city), (b:city) WHERE a.id < b.id AND NOT (a)-[]-(b) RETURN a.id, b.id
MATCH (a:city), (b:district) WHERE (b)-[:WITHIN]->(a) RETURN a.id, b.id
MATCH (a:city)<-[:WITHIN]-(d), (d)<-[:WITHIN]-(e) RETURN a.id, d.id, e.id
MATCH (a)-[r:branch]->(b) MATCH (b)-[:WITHIN]->(p) RETURN a.id, p.id
MATCH (a)-[r]->(b) WITH a, b MATCH (b)-[r2]->(c) WHERE c <> a RETURN a.id, c.id
MATCH (g:group) RETURN g.id, g.kind, size(g.members)
MATCH (g:corridor)<-[:MEMBER_OF]-(m) RETURN g.id, m.id
MATCH (g:region)<-[m:MEMBER_OF]-(n) RETURN g.id, n.id, m.implied
MATCH (a)-[r]->(g:group) WHERE type(r) <> 'MEMBER_OF' RETURN a.id, type(r), g.id
MATCH (i:indicator) WHERE i.year IS NOT NULL RETURN i.year, count(*)
MATCH (i:indicator)-[:OF]->(s:city) RETURN s.id, i.metric, i.value
MATCH (c:city) WITH c ORDER BY c.id LIMIT 1 MATCH (a)-[:WITHIN*]->(c) RETURN c.id, a.id
MATCH (c:city) WITH c ORDER BY c.id LIMIT 1 MATCH (c)<-[:WITHIN*1..3]-(x) RETURN x.type, count(*)
MATCH (a {type: 'city'}) RETURN a.id
MATCH (a:city {name: 'x'}) RETURN a.id
MATCH (a)-[r {evidence: 'implied'}]->(b) RETURN a.id, b.id
MATCH (a)-[r:branch*1..2]->(b) RETURN a.id, b.id, size(r)
MATCH (a)-[r:branch*2]-(b) RETURN count(*)
MATCH p = (a)-[:branch|tech_transfer*1..2]->(b) RETURN length(p), count(*)
MATCH (a)-->(b)-->(a) RETURN a.id, b.id
MATCH (a)--(a) RETURN a.id
MATCH (a)-[r]->(a) RETURN count(r)
ordered: MATCH (a:enterprise)-[:WITHIN*]->(c:city) RETURN c.id, count(*) AS n ORDER BY n DESC, c.id LIMIT 3
MATCH (a) WHERE a.latitude IS NOT NULL RETURN a.id, a.latitude, a.longitude
MATCH (a) RETURN labels(a), count(*)
MATCH (a)-[r]->(b) RETURN startNode(r) = a, endNode(r) = b, count(*)
MATCH (a:city) RETURN a.id, size(a.sources)
MATCH (a)-[r]->(b) WHERE r.id STARTS WITH 'e' RETURN r.id
ordered: MATCH (a:city) WITH a.id AS id RETURN id ORDER BY id
MATCH (a:city) WITH count(a) AS n RETURN n, n * 2
MATCH (a:city) WITH a ORDER BY a.id WITH collect(a.id) AS ids UNWIND ids AS x RETURN x
MATCH (a)-[r]->(b) WITH a, collect(b) AS bs RETURN a.id, size(bs)
MATCH (a:city) RETURN min(a.id), max(a.id)
MATCH (a) RETURN a.type, min(a.name), max(a.name)
MATCH (a:district) OPTIONAL MATCH (a)<-[:WITHIN]-(x) WHERE x.type = 'enterprise' RETURN a.id, count(x)
OPTIONAL MATCH (a:city)-[:branch]->(b:city) RETURN count(*)
MATCH (a:city) OPTIONAL MATCH (a)<-[:WITHIN]-(d) OPTIONAL MATCH (d)<-[:WITHIN]-(e) RETURN a.id, count(DISTINCT d), count(e)
MATCH (a)-[r:branch]->(b) RETURN *
MATCH (a:city) RETURN a.id AS x, a.type AS y ORDER BY y, x SKIP 1
ordered: UNWIND [null, 1, 'a', 2.5, true, [1], {k: 1}] AS v RETURN v ORDER BY v
UNWIND [1, 2, 2, null, 3] AS v RETURN count(v), count(*), count(DISTINCT v), sum(DISTINCT v)
UNWIND [[1, 2], [3]] AS l UNWIND l AS x RETURN x
MATCH (a:city) WHERE a.id IN ['nanjing', 'n1', 'n2'] RETURN a.id
RETURN 1 = 1.0, 1 < 2.5, 'a' < 'b', null = null, null IS NULL, [1, 2] = [1, 2], 3 IN [1, 2, 3], NOT true
MATCH (a)-[r]->(b) RETURN r.weight * 2 + 1 AS w, count(*)
MATCH (a:city)-[:MEMBER_OF]->(g)<-[:MEMBER_OF]-(b:city) WHERE a.id < b.id RETURN g.id, a.id, b.id
MATCH (a)-[r]-(b) WHERE id(r) >= 0 RETURN count(*)
MATCH (a)-[r]->(b) WHERE r.year IS NULL RETURN count(*)
# Variable-length patterns whose rows are seen only as a set run as a breadth-first search
# (VarLengthExpand(Pruning)); where the count of trails shows, trails are still enumerated.
MATCH (a)-[*1..3]-(b) RETURN a.id, count(DISTINCT b)
MATCH (a)-[*1..3]-(b) RETURN a.id, count(*)
MATCH (a)-[*1..2]-(b) RETURN count(DISTINCT b), count(*)
MATCH (a)-[:branch*0..2]->(b) RETURN DISTINCT a.id, b.id
MATCH (a)-[:branch|tech_transfer*1..3]-(a) RETURN DISTINCT a.id
MATCH (a)-[:branch|tech_transfer*1..3]->(a) RETURN DISTINCT a.id
MATCH (a:city) WHERE (a)-[:branch|tech_transfer*1..2]-(a) RETURN a.id
MATCH (a) WHERE exists { MATCH (a)-[*1..2]-(b:district) } RETURN a.id
MATCH (a)-[r:branch]->(b)-[*1..2]-(c) RETURN DISTINCT a.id, c.id
MATCH (a)-[*1..2]->(b)-[r:WITHIN]->(c) RETURN DISTINCT a.id, c.id
MATCH (a)-[*..2]-(b) RETURN a.id, min(b.id), max(b.id), size(collect(DISTINCT b.type))
MATCH (a)-[:WITHIN*]->(p) WITH DISTINCT a, p MATCH (p)<-[:WITHIN]-(s) RETURN p.id, count(*)
MATCH (a)<-[:branch|WITHIN*1..3]-(b) RETURN DISTINCT b.type, a.type
MATCH (a)-[:branch*1..4]-(a) RETURN DISTINCT a.id
MATCH (a)-[:tech_transfer*1..3]->(a) RETURN DISTINCT a.id
MATCH (a)<-[*1..3]-(a) RETURN DISTINCT a.id
MATCH (a)-[*1..4]->(a) RETURN count(DISTINCT a)
MATCH (a)<-[:tech_transfer*1..3]-(b) RETURN a.id, count(DISTINCT b)
MATCH (a)-[:branch*1..3]-(b) RETURN a.id, count(DISTINCT b), count(DISTINCT b.type)
MATCH (a)-[r:branch]-(b) RETURN count(DISTINCT r), count(DISTINCT a), count(DISTINCT [a, b])
