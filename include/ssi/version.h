/* version.h - the version of ssi, shown by ssi --version and in the HTML
 * report's footer. */
#ifndef SSI_VERSION_H
#define SSI_VERSION_H

#define SSI_VERSION "1.1.0"

#endif
