-- The site's own particulars as Chinese government and association sites show them: its name and domain, 网站标识码,
-- the ICP and 公安 filing numbers with their links, sponsor (主办), organiser (承办), contact details and the favicon.
-- One row, edited by administrators; the public pages keep it in memory.
CREATE TABLE portal_site_settings
(
    id              SMALLINT     NOT NULL PRIMARY KEY DEFAULT 1 CHECK (id = 1),
    name            VARCHAR(100) NOT NULL,
    name_en         VARCHAR(200),
    domain          VARCHAR(200),
    site_code       VARCHAR(20),
    icp_number      VARCHAR(100),
    icp_link        VARCHAR(300),
    police_number   VARCHAR(100),
    police_link     VARCHAR(300),
    sponsor         VARCHAR(200),
    organiser       VARCHAR(200),
    address         VARCHAR(300),
    phone           VARCHAR(50),
    email           VARCHAR(200),
    favicon_file_id UUID REFERENCES stored_file (id),
    updated_by      VARCHAR(100),
    updated_at      TIMESTAMPTZ
);

INSERT INTO portal_site_settings (id, name, name_en, icp_link, sponsor)
VALUES (1, '中国城市联络协会', 'China Association of City Liaison', 'https://beian.miit.gov.cn/', '中国城市联络协会');
