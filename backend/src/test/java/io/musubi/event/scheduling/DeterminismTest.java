package io.musubi.event.scheduling;

import static io.musubi.event.scheduling.TestSupport.solve;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DeterminismTest {

    private static SchedulingProblem event() {
        return BenchmarkEvent.generate(11, 200, 2_000, 20);
    }

    @Test
    void sameInputTwiceGivesIdenticalSchedules() {
        SchedulingProblem problem = event();
        Schedule first = solve(problem);
        Schedule second = solve(problem);

        assertThat(second).isEqualTo(first);
    }

    @Test
    void shuffledInputListsGiveIdenticalSchedules() {
        SchedulingProblem problem = event();
        List<SchedulingProblem.Participant> participants = new ArrayList<>(problem.participants());
        List<SchedulingProblem.Meeting> meetings = new ArrayList<>(problem.meetings());
        Collections.shuffle(participants, new Random(5));
        Collections.shuffle(meetings, new Random(6));
        SchedulingProblem shuffled = new SchedulingProblem(participants, problem.slotCount(), problem.breaks(),
                problem.dayStarts(), problem.tables(), meetings, problem.pins());

        assertThat(solve(shuffled)).isEqualTo(solve(problem));
    }

    @Test
    void randomInstancesWithPinsAreDeterministicToo() {
        for (long seed = 100; seed < 110; seed++) {
            SchedulingProblem problem = Problems.random(seed, 25, 8, 4, 80, true);
            assertThat(solve(problem)).isEqualTo(solve(problem));
        }
    }
}
