package org.harapan.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.eclipse.core.runtime.NullProgressMonitor;
import org.harapan.model.Household;
import org.harapan.store.HouseholdQuery;
import org.harapan.store.StoreLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads a user waits for go before the streams of background jobs ({@link InteractiveFirst}). */
class InteractiveFirstTest {

	private static final int COUNT = 40;

	@TempDir
	Path folder;

	/** Runs {@code read} in {@code gate} on another thread until {@code release} counts down. */
	private static Thread holding(InteractiveFirst gate, CountDownLatch started, CountDownLatch release,
			List<String> events) {
		Thread t = new Thread(() -> gate.during(() -> {
			started.countDown();
			try {
				release.await();
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
			events.add("read done"); //$NON-NLS-1$
			return null;
		}));
		t.start();
		return t;
	}

	@Test
	void aPauseWaitsWhileAReadRunsAndNoLongerThanTheLongestPause() throws Exception {
		InteractiveFirst gate = new InteractiveFirst(60_000);
		long start = System.nanoTime();
		gate.pause();
		assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "no read runs: the pause ends at once"); //$NON-NLS-1$
		List<String> events = new CopyOnWriteArrayList<>();
		CountDownLatch started = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		Thread read = holding(gate, started, release, events);
		started.await();
		Thread stream = new Thread(() -> {
			gate.pause();
			events.add("stream goes on"); //$NON-NLS-1$
		});
		stream.start();
		stream.join(300);
		assertTrue(stream.isAlive(), "the stream waits while the read runs"); //$NON-NLS-1$
		release.countDown();
		stream.join();
		read.join();
		assertEquals(List.of("read done", "stream goes on"), events); //$NON-NLS-1$ //$NON-NLS-2$

		InteractiveFirst brief = new InteractiveFirst(50);
		List<String> again = new CopyOnWriteArrayList<>();
		CountDownLatch started2 = new CountDownLatch(1);
		CountDownLatch release2 = new CountDownLatch(1);
		Thread longRead = holding(brief, started2, release2, again);
		started2.await();
		brief.pause();
		again.add("stream goes on"); //$NON-NLS-1$
		release2.countDown();
		longRead.join();
		assertEquals(List.of("stream goes on", "read done"), again, "a long read slows a stream but never stops it"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aStreamOfTheStoreWaitsWhileACaseloadReadOfAnotherStoreOfTheSameServiceRuns() throws Exception {
		InteractiveFirst gate = new InteractiveFirst(60_000);
		JdbcCaseStoreService service = new JdbcCaseStoreService(Clock.systemDefaultZone(), gate);
		StoreLocation location = StoreLocation.embedded(folder.resolve("harapan")); //$NON-NLS-1$
		List<Household> households = IntStream.range(0, COUNT).mapToObj(new Fixtures(LocalDate.now())::household)
				.toList();
		try (JdbcCaseStore background = service.openStore(location, Fixtures.indexer(), new NullProgressMonitor());
				JdbcCaseStore caseload = service.openStore(location, Fixtures.indexer(), new NullProgressMonitor())) {
			background.saveAll(households.iterator(), "test", null, null); //$NON-NLS-1$
			background.setPageSize(5);
			AtomicInteger streamed = new AtomicInteger();
			CountDownLatch inRead = new CountDownLatch(1);
			CountDownLatch release = new CountDownLatch(1);
			Thread read = new Thread(() -> gate.during(() -> {
				// a caseload page read while the user waits (held open here until the stream has been seen waiting)
				List<?> page = caseload.find(HouseholdQuery.all().withPage(0, 10));
				inRead.countDown();
				try {
					release.await();
				} catch (InterruptedException e) {
					Thread.currentThread().interrupt();
				}
				return page;
			}));
			read.start();
			inRead.await();
			Thread stream = new Thread(() -> background.forEach(HouseholdQuery.all(), h -> streamed.incrementAndGet(),
					new NullProgressMonitor()));
			stream.start();
			stream.join(500);
			assertEquals(0, streamed.get(), "no household streamed while the read runs"); //$NON-NLS-1$
			release.countDown();
			stream.join(60_000);
			read.join();
			assertEquals(COUNT, streamed.get(), "every household once the read is done"); //$NON-NLS-1$
		}
	}
}
