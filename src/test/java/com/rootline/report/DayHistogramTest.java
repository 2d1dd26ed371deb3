package com.rootline.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The median of counted days is the median of the days one by one. */
class DayHistogramTest {

	@Test
	void noDealsHaveNoMedian() {
		assertThat(new DayHistogram().median()).isNull();
	}

	@Test
	void anOddCountHasAMiddleDealAndAnEvenCountAHalfway() {
		DayHistogram odd = new DayHistogram();
		odd.add(10, 1);
		odd.add(3, 2);
		assertThat(odd.median()).isEqualTo(3.0);
		DayHistogram even = new DayHistogram();
		even.add(4, 1);
		even.add(-2, 1);
		even.add(7, 2);
		assertThat(even.median()).isEqualTo(5.5);
	}

	@Test
	void countedDaysGiveTheMedianOfTheDaysOneByOne() {
		Random random = new Random(26);
		for (int round = 0; round < 200; round++) {
			int[] days = IntStream.range(0, 1 + random.nextInt(40)).map(i -> random.nextInt(30) - 5).toArray();
			DayHistogram counted = new DayHistogram();
			for (int day : days) {
				counted.add(day, 1);
			}
			int[] sorted = days.clone();
			java.util.Arrays.sort(sorted);
			double expected = (sorted[(sorted.length - 1) / 2] + sorted[sorted.length / 2]) / 2.0;
			assertThat(counted.median()).as("days %s", java.util.Arrays.toString(days)).isEqualTo(expected);
		}
	}

}
