-- Requests counted per client in fixed windows, in PostgreSQL so that a limit holds the same
-- however many instances of the app answer. A bucket is a named limit (public-verification,
-- a partner firm's quota); the client key is whom it counts (an address, a partner).
-- Unlogged: the counts are worth nothing after a crash and need not reach the replicas;
-- losing them only lets a client start a window afresh.
create unlogged table rate_limit_window (
    bucket        varchar(60)   not null,
    client_key    varchar(200)  not null,
    window_start  timestamptz   not null,
    window_end    timestamptz   not null,
    hits          integer       not null,
    primary key (bucket, client_key, window_start),
    constraint rate_limit_window_span_check check (window_end > window_start)
);

-- Finished windows are deleted by age.
create index rate_limit_window_end on rate_limit_window (window_end);
