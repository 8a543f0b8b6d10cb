"""The countdown's arithmetic, on a clock the test moves: no Qt, no waiting."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from journey_editor.ui.workshop.countdown import Countdown, clock_text


def test_it_counts_down_pauses_resumes_and_resets():
    countdown = Countdown()
    assert countdown.state(0) == "idle"
    countdown.start(300, now=1000)
    assert (countdown.state(1000), countdown.remaining(1000)) == ("running", 300)
    assert countdown.remaining(1060) == 240
    countdown.pause(1060)
    assert (countdown.state(5000), countdown.remaining(5000)) == ("paused", 240)
    countdown.resume(5000)
    assert countdown.remaining(5040) == 200
    assert countdown.state(5240) == "finished" and countdown.remaining(9999) == 0
    assert countdown.ended_at() == 5240
    countdown.reset()
    assert (countdown.state(9999), countdown.remaining(9999)) == ("idle", 0)


def test_pause_when_not_running_and_resume_when_not_paused_change_nothing():
    countdown = Countdown()
    countdown.pause(0)
    countdown.resume(0)
    assert countdown.state(0) == "idle"
    countdown.start(10, now=0)
    countdown.resume(5)  # running already: the start stays the start
    assert countdown.remaining(5) == 5
    countdown.pause(20)  # finished: nothing to pause
    assert countdown.state(20) == "finished"


def test_a_duration_must_be_positive():
    with pytest.raises(ValueError, match="positive"):
        Countdown().start(0, now=0)


@pytest.mark.parametrize(
    ("seconds", "shown"),
    [(600, "10:00"), (599.2, "10:00"), (599.0, "9:59"), (0.4, "0:01"), (0, "0:00"),
     (-3, "0:00"), (3600, "1:00:00"), (3725, "1:02:05")],
)  # fmt: skip
def test_the_clock_rounds_up_to_the_whole_second(seconds, shown):
    assert clock_text(seconds) == shown


Step = tuple[str, float]
steps = st.lists(
    st.tuples(st.sampled_from(["wait", "pause", "resume"]), st.floats(0, 200)), max_size=30
)


@given(duration=st.floats(1, 3600), program=steps)
def test_time_left_is_the_duration_less_the_time_spent_running(duration, program):
    countdown = Countdown()
    now, ran = 0.0, 0.0
    countdown.start(duration, now)
    for what, amount in program:
        before = countdown.remaining(now)
        if what == "wait":
            if countdown.state(now) == "running":
                ran += amount
            now += amount
        elif what == "pause":
            countdown.pause(now)
        else:
            countdown.resume(now)
        left = countdown.remaining(now)
        assert 0 <= left <= before  # never goes up, never below zero
        assert left == pytest.approx(max(0.0, duration - ran), abs=1e-6)
        assert (countdown.state(now) == "finished") == (left <= 0)
