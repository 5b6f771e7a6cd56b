vcl 4.1;
# The front cache in front of gunicorn (Varnish 7, Debian's `varnish`).
#
# What it keeps is what the application marks public (cms/caching.py): anonymous
# pages for s-maxage seconds, served stale while a fresh copy is fetched
# (stale-while-revalidate) and while the application is down (stale-if-error).
# Publishing purges (cms/purge.py, sent by the worker): `PURGE /path/` drops that path
# with every query string (the pages of a list, its filters), for that host only.
#
# Start: varnishd -a :80 -f /etc/varnish/varnish.vcl -s malloc,256m
# (each backend below is an app server, where gunicorn listens; deploy/README.md).

import directors;
import std;

# A backend is sick when it cannot serve pages: /robots.txt reads the database (a 503
# when it is down, cms/errors.py), and then Varnish serves its stale copies for a day.
# Not /ready/: it also fails when Redis is down, which the app servers serve through.
probe healthy_app {
    .url = "/robots.txt";
    .interval = 5s;
    .timeout = 2s;
    .window = 3;
    .threshold = 2;
}

# Several app servers share the database, Redis and S3: declare one backend per
# server (app2, app3… with their addresses) and add each to the director in vcl_init.
backend app1 {
    .host = "127.0.0.1";
    .port = "8000";
    .connect_timeout = 2s;
    .first_byte_timeout = 30s;
    .probe = healthy_app;
}

sub vcl_init {
    new apps = directors.round_robin();
    apps.add_backend(app1);
}

# Who may purge: the worker, on this machine or the private network.
acl purgers {
    "127.0.0.1";
    "::1";
}

sub vcl_recv {
    set req.backend_hint = apps.backend();
    if (req.method == "PURGE") {
        if (client.ip !~ purgers) {
            return (synth(405, "Not allowed"));
        }
        ban("obj.http.x-host == " + req.http.host + " && obj.http.x-path == " + regsub(req.url, "\?.*$", ""));
        return (synth(200, "Purged"));
    }
    if (req.method != "GET" && req.method != "HEAD") {
        return (pass);
    }
    # Editors and the admin are never cached; nor are documents (private collections),
    # nor the health checks (/health/, /ready/: a stored answer would hide an outage).
    if (req.url ~ "^/(admin|documents|api|health|ready)/" || req.http.Cookie ~ "(^|;\s*)sessionid=") {
        return (pass);
    }
    # Anonymous visitors: no cookie matters (the application sets none for them).
    unset req.http.Cookie;
    # A stale copy is served while a fresh one is fetched for a minute (the pages'
    # stale-while-revalidate); for a day when the application does not answer.
    if (std.healthy(req.backend_hint)) {
        set req.grace = 60s;
    }
    # Only "/" depends on the language asked for; keep one copy per site language.
    if (req.url == "/") {
        if (req.http.Accept-Language ~ "^\s*fr") {
            set req.http.Accept-Language = "fr";
        } else {
            set req.http.Accept-Language = "it";
        }
    } else {
        unset req.http.Accept-Language;
    }
    return (hash);
}

sub vcl_backend_response {
    # What purges compare with (headers on the stored object, removed before delivery).
    set beresp.http.x-host = bereq.http.host;
    set beresp.http.x-path = regsub(bereq.url, "\?.*$", "");
    # Stale copies are kept a day, for when the application is down.
    set beresp.keep = 24h;
    if (beresp.http.Cache-Control ~ "stale-if-error") {
        set beresp.grace = 24h;
    }
    return (deliver);
}

# Varnish's own answers (a purge's reply, "backend fetch failed" when the application
# is down and no stale copy is left) carry the application's strictest headers too;
# every other response keeps those the application sent (cms/headers.py), untouched.
sub vcl_synth {
    set resp.http.Content-Security-Policy = "default-src 'none'; frame-ancestors 'none'";
    set resp.http.X-Content-Type-Options = "nosniff";
    set resp.http.X-Frame-Options = "DENY";
    set resp.http.Cross-Origin-Resource-Policy = "same-origin";
    set resp.http.Referrer-Policy = "strict-origin-when-cross-origin";
}

sub vcl_backend_error {
    set beresp.http.Content-Security-Policy = "default-src 'none'; frame-ancestors 'none'";
    set beresp.http.X-Content-Type-Options = "nosniff";
    set beresp.http.X-Frame-Options = "DENY";
    set beresp.http.Cross-Origin-Resource-Policy = "same-origin";
    set beresp.http.Referrer-Policy = "strict-origin-when-cross-origin";
}

sub vcl_deliver {
    unset resp.http.x-host;
    unset resp.http.x-path;
    if (obj.hits > 0) {
        set resp.http.X-Cache = "HIT";
    } else {
        set resp.http.X-Cache = "MISS";
    }
}
