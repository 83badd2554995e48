/**
 * Every fast-check property gets a time budget under the test timeout (vitest.config.ts): on a busy
 * machine a property stops after 8 s with the runs it made (all of which passed) instead of failing
 * the test for waiting on a core (issue #11). An assert's own `interruptAfterTimeLimit` wins.
 */
import fc from 'fast-check';

fc.configureGlobal({ ...fc.readConfigureGlobal(), interruptAfterTimeLimit: 8_000 });
