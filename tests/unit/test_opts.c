#include "opts.h"
#include "unit.h"

void
test_opts(void)
{
	size_t size = 0;
	double secs = 0;
	long n = 0;

	CHECK(opts_size("64M", "--max-line", &size) && size == 64u << 20, "64M is 64 MiB");
	CHECK(opts_size("10", "--max-line", &size) && size == 10, "a bare number is bytes");
	CHECK(!opts_size("-5", "--max-line", &size), "a negative size is refused");
	CHECK(!opts_size("12Q", "--max-line", &size), "an unknown suffix is refused");
	CHECK(opts_duration("15m", "--window", 1, 86400, &secs) && secs == 900, "15m is 900 seconds");
	CHECK(opts_duration("2h", "--window", 1, 86400, &secs) && secs == 7200, "2h is 7200 seconds");
	CHECK(!opts_duration("soon", "--window", 1, 86400, &secs), "a word is no duration");
	CHECK(!opts_duration("0.5", "--window", 1, 86400, &secs), "a duration below the range is refused");
	CHECK(!opts_duration("2d", "--window", 1, 86400, &secs), "a duration above the range is refused");
	CHECK(!opts_duration("1e-9s", "--idle", OPTS_WAIT_MIN, OPTS_WAIT_MAX, &secs),
	    "a wait shorter than a millisecond is refused");
	CHECK(!opts_duration("30d", "--idle", OPTS_WAIT_MIN, OPTS_WAIT_MAX, &secs),
	    "a wait beyond an int of milliseconds is refused");
	CHECK(!opts_size(" -5", "--max-line", &size), "a size with a leading space and sign is refused");
	CHECK(opts_long("42", "--n", 1, 100, &n) && n == 42, "a whole number in range");
	CHECK(!opts_long("420", "--n", 1, 100, &n), "a number out of range is refused");
}
