#!/bin/sh
# Give a fresh Debian 12 (no systemd, running as root) a CUPS scheduler and a
# cups-pdf queue named "checkin-pdf", so the badge printing tests talk to a real
# spooler. Idempotent: run it as often as you like.
#
# cups-pdf writes every job as a PDF into $CHECKIN_CUPS_PDF_DIR
# (default /var/spool/cups-pdf/out); the script prints that folder last.
set -eu

QUEUE="${CHECKIN_CUPS_QUEUE:-checkin-pdf}"
OUT="${CHECKIN_CUPS_PDF_DIR:-/var/spool/cups-pdf/out}"

if ! command -v cupsd >/dev/null 2>&1 || [ ! -e /usr/lib/cups/backend/cups-pdf ]; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends cups cups-client cups-bsd printer-driver-cups-pdf >/dev/null
fi

# One output folder for every user (root's jobs would otherwise land in /root/PDF
# and anonymous ones elsewhere), writable by the cups-pdf backend.
mkdir -p "$OUT"
chmod 1777 "$OUT"
CONF=/etc/cups/cups-pdf.conf
if [ -f "$CONF" ]; then
    sed -i -e '/^Out /d' -e '/^AnonDirName /d' -e '/^UserUMask /d' "$CONF"
    printf 'Out %s\nAnonDirName %s\nUserUMask 0000\n' "$OUT" "$OUT" >>"$CONF"
fi

if ! lpstat -r 2>/dev/null | grep -q "is running"; then
    # No systemd in CI containers: start the scheduler directly (it daemonises).
    mkdir -p /run/cups
    cupsd
    i=0
    until lpstat -r 2>/dev/null | grep -q "is running"; do
        i=$((i + 1))
        if [ "$i" -gt 50 ]; then
            echo "setup-cups: cupsd did not start" >&2
            exit 1
        fi
        sleep 0.2
    done
fi

PPD=$(lpinfo -m 2>/dev/null | awk '/CUPS-PDF/ {print $1; exit}')
if [ -z "$PPD" ]; then
    PPD="lsb/usr/cups-pdf/CUPS-PDF_opt.ppd"
fi
if ! lpstat -p "$QUEUE" >/dev/null 2>&1; then
    lpadmin -p "$QUEUE" -v cups-pdf:/ -m "$PPD" -E -D "checkin test queue (cups-pdf)"
fi
cupsenable "$QUEUE"
cupsaccept "$QUEUE"

# A second queue that stays paused, as a printer out of paper looks to CUPS,
# so the tests can check the desk's message for it.
PAUSED="${QUEUE}-paused"
if ! lpstat -p "$PAUSED" >/dev/null 2>&1; then
    lpadmin -p "$PAUSED" -v cups-pdf:/ -m "$PPD" -D "checkin test queue, paused"
fi
cupsaccept "$PAUSED"
cupsdisable -r "media-empty (test queue)" "$PAUSED"

echo "CUPS queues: $QUEUE, $PAUSED (paused)"
echo "cups-pdf output: $OUT"
