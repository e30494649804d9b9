"""Kernels release the GIL (two Python threads running kernels overlap in time) and Ctrl-C
interrupts a long kernel."""
import os
import signal
import threading
import time

import pytest

import innonet


@pytest.fixture(scope="module")
def medium():
    # About 0.2-1 s of exact betweenness on one core.
    return innonet.generate("ba", nodes=3000, edge_factor=3, seed=4).project()


def test_two_threads_run_kernels_at_the_same_time(medium):
    spans = {}
    ready = threading.Barrier(2)

    def work(name):
        ready.wait()
        start = time.perf_counter()
        innonet.betweenness(medium, threads=1)
        spans[name] = (start, time.perf_counter())

    threads = [threading.Thread(target=work, args=(n,)) for n in ("a", "b")]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    (a0, a1), (b0, b1) = spans["a"], spans["b"]
    overlap = min(a1, b1) - max(a0, b0)
    shorter = min(a1 - a0, b1 - b0)
    # Holding the GIL would serialise the calls (overlap <= 0). Released, the second starts
    # while the first runs: most of the shorter call overlaps the other.
    assert overlap > 0.5 * shorter, (overlap, shorter)


def test_python_runs_while_a_kernel_runs(medium):
    ticks = 0
    done = threading.Event()

    def kernel():
        innonet.betweenness(medium, threads=1)
        done.set()

    t = threading.Thread(target=kernel)
    t.start()
    while not done.is_set():
        ticks += 1
        time.sleep(0.001)
    t.join()
    assert ticks > 20


def test_ctrl_c_interrupts_a_long_kernel():
    # Exact betweenness here takes seconds on one core; Ctrl-C after 0.3 s must return at once.
    # The kernel itself stops too (it polls its stop flag: engine/stop_request.hpp), so no CPU
    # is spent on it afterwards.
    big = innonet.generate("ba", nodes=15_000, edge_factor=3, seed=1).project()
    timer = threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGINT))
    start = time.perf_counter()
    timer.start()
    with pytest.raises(KeyboardInterrupt):
        innonet.betweenness(big, threads=1)  # exact: minutes on one core
    assert time.perf_counter() - start < 1.5
    cpu = time.process_time()
    time.sleep(0.5)
    # A kernel left running would use about 0.5 s of CPU in that half second.
    assert time.process_time() - cpu < 0.2
    # The module still works afterwards.
    assert innonet.pagerank(big, max_iterations=5).score.size == big.num_nodes
