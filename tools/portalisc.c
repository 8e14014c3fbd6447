/* portalisc.c — main(): options in, exit status out.  Everything else is
 * in compile.c (the pipeline) and options.c. */
#include "tools/driver.h"

#include <unistd.h>

int main(int argc, char **argv)
{
    DriverOptions opts;
    int status = driver_parse_options(argc, argv, &opts);
    if (status != 0) {
        driver_options_free(&opts);
        return status < 0 ? 0 : status;
    }
    DiagEngine diag;
    diag_init(&diag, stderr);
    diag.format = opts.diag_format;
    diag.color = opts.color < 0 ? isatty(fileno(stderr)) != 0 : opts.color != 0;
    status = driver_run(&opts, &diag);
    diag_flush(&diag);
    diag_dispose(&diag);
    driver_options_free(&opts);
    return status;
}
