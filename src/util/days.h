/*
 * days.h - dates as day numbers: the days since 1970-01-01 of a date of
 * the proleptic Gregorian calendar and back (H. Hinnant's days_from_civil
 * and civil_from_days), for every layer that counts days between dates or
 * steps a date by days (the LinkedIn export's dates, the digest's weeks,
 * the trend charts' time axis, the age of official figures).
 */
#ifndef SSI_DAYS_H
#define SSI_DAYS_H

#include <stdint.h>

/* The day number of year y, month m (1-12), day d; 1970-01-01 is 0. */
int32_t days_from_civil(int y, int m, int d);
/* The date of day number z into *y, *m (1-12), *d. */
void civil_from_days(int32_t z, int *y, int *m, int *d);
/* The same for a date packed as YYYYMMDD. */
int32_t days_of_ymd(uint32_t ymd);
uint32_t ymd_of_days(int32_t z);

#endif
