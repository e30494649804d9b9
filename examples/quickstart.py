"""innonet from Python in a dozen lines: the built-in Nanjing metropolitan network, its hubs and
its corridors.

    bash tools/setup.sh python examples/quickstart.py
"""
import pandas as pd

import innonet

pd.set_option("display.width", 140)
pd.set_option("display.max_columns", 20)
pd.set_option("display.unicode.east_asian_width", True)

g = innonet.load()  # the built-in dataset
print(g)

# Hubs: PageRank over every tie, joined with the node table for names and types.
pagerank = innonet.pagerank(g).series()
nodes = g.nodes().set_index("id")[["name", "type"]]
hubs = nodes.join(pagerank.rename("pagerank")).nlargest(10, "pagerank")
hubs["betweenness"] = innonet.betweenness(g).series().reindex(hubs.index)
print("\nHubs (PageRank, top 10)")
print(hubs.to_string(float_format=lambda x: f"{x:.4f}"))

# Corridors: the planner's composite score and its components, as `innonet corridors` shows.
corridors = innonet.corridors(g)
print("\nCorridors ranked")
print(corridors[["rank", "name", "ties", "kinds", "capacity", "observed_to_expected",
                 "composite"]].to_string(index=False, float_format=lambda x: f"{x:.3f}"))

# Where the next flying enclave should go.
print("\nRecommended flying enclaves")
print(innonet.recommend(g, kind="flying_enclave", top=3).to_string(index=False))
