-- Teams (org units) nest: a team may sit inside another. path holds the ids from the top team down
-- to the team itself ('/1000/1050/'), so "this team and every team inside it" is one LIKE on an
-- index, on H2 and PostgreSQL alike, without recursive queries.
CREATE SEQUENCE team_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE team (
    id          BIGINT        NOT NULL PRIMARY KEY,
    name        VARCHAR(100)  NOT NULL,
    parent_id   BIGINT,
    path        VARCHAR(1000) NOT NULL,
    created_at  TIMESTAMP     NOT NULL,
    version     BIGINT        DEFAULT 0 NOT NULL,
    CONSTRAINT fk_team_parent FOREIGN KEY (parent_id) REFERENCES team (id),
    CONSTRAINT ck_team_parent CHECK (parent_id IS NULL OR parent_id <> id),
    CONSTRAINT uq_team_parent_name UNIQUE (parent_id, name)
);
CREATE INDEX ix_team_path ON team (path);

-- The team names kept on accounts so far become top-level teams. Only demo mode wrote them, so there
-- are a handful at most: their ids (from 101) stay below the sequence's first value.
INSERT INTO team (id, name, parent_id, path, created_at, version)
SELECT 100 + ROW_NUMBER() OVER (ORDER BY t.team), t.team, NULL, '/', CURRENT_TIMESTAMP, 0
FROM (SELECT DISTINCT team FROM account WHERE team IS NOT NULL) t;
UPDATE team SET path = '/' || CAST(id AS VARCHAR(20)) || '/';

ALTER TABLE account ADD COLUMN team_id BIGINT;
UPDATE account SET team_id = (SELECT t.id FROM team t WHERE t.name = account.team) WHERE team IS NOT NULL;
ALTER TABLE account DROP COLUMN team;
ALTER TABLE account ADD CONSTRAINT fk_account_team FOREIGN KEY (team_id) REFERENCES team (id);
CREATE INDEX ix_account_team ON account (team_id);
