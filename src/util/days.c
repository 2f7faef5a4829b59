/* days.c - dates as day numbers (see days.h). */
#include "days.h"

int32_t
days_from_civil(int y, int m, int d)
{
	int32_t yy = y - (m <= 2);
	int32_t era = (yy >= 0 ? yy : yy - 399) / 400;
	int32_t yoe = yy - era * 400;
	int32_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
	int32_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;

	return era * 146097 + doe - 719468;
}

void
civil_from_days(int32_t z, int *y, int *m, int *d)
{
	int32_t era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

int32_t
days_of_ymd(uint32_t ymd)
{
	return days_from_civil((int)(ymd / 10000), (int)(ymd / 100 % 100),
	    (int)(ymd % 100));
}

uint32_t
ymd_of_days(int32_t z)
{
	int y, m, d;

	civil_from_days(z, &y, &m, &d);
	return (uint32_t)(y * 10000 + m * 100 + d);
}
