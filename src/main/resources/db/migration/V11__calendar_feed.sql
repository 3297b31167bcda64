-- A learner's personal iCalendar feed lives at a secret address; a new token retires the old one.
CREATE TABLE calendar_feed (
    account_id  BIGINT       NOT NULL PRIMARY KEY,
    token       VARCHAR(64)  NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    CONSTRAINT fk_calendar_feed_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT uq_calendar_feed_token UNIQUE (token)
);
