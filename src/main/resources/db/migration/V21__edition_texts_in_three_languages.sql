-- An edition's criteria, eligibility rules and categories in each UI language (en, nb, pl), as the
-- self-assessment frameworks already have them. The old single column stays: it holds the text in the
-- edition's first language, which readers fall back to when their language has none.

alter table competition_edition add column first_language varchar(2) default 'en' not null;

alter table competition_category add column name_en varchar(200);
alter table competition_category add column name_nb varchar(200);
alter table competition_category add column name_pl varchar(200);
alter table competition_criterion add column name_en varchar(200);
alter table competition_criterion add column name_nb varchar(200);
alter table competition_criterion add column name_pl varchar(200);
alter table competition_rule add column text_en varchar(500);
alter table competition_rule add column text_nb varchar(500);
alter table competition_rule add column text_pl varchar(500);

-- Every edition so far was set up in English.
update competition_category set name_en = name;
update competition_criterion set name_en = name;
update competition_rule set text_en = text;

-- The defaults every edition started with get the Norwegian and Polish texts new editions start with.
update competition_criterion set name_nb = 'Relevans', name_pl = 'Trafność' where name = 'Relevance';
update competition_criterion set name_nb = 'Innovasjon', name_pl = 'Innowacyjność' where name = 'Innovation';
update competition_criterion set name_nb = 'Involvering av berørte parter', name_pl = 'Zaangażowanie interesariuszy'
    where name = 'Stakeholder engagement';
update competition_criterion set name_nb = 'Virkninger og resultater', name_pl = 'Wpływ i rezultaty'
    where name = 'Impact and results';
update competition_criterion set name_nb = 'Bærekraft', name_pl = 'Trwałość' where name = 'Sustainability';
update competition_criterion set name_nb = 'Overførbarhet', name_pl = 'Możliwość przeniesienia'
    where name = 'Transferability';
update competition_rule set text_nb = 'Satt i verk for minst 6 måneder siden',
    text_pl = 'Wdrożona co najmniej 6 miesięcy temu' where text = 'Implemented at least 6 months ago';
update competition_rule set text_nb = 'Omfatter minst to kommuner',
    text_pl = 'Obejmuje co najmniej dwie jednostki samorządu' where text = 'Involves at least two local governments';
update competition_rule set text_nb = 'Resultatene kan etterprøves',
    text_pl = 'Rezultaty można zweryfikować' where text = 'Results can be verified';
update competition_category set name_nb = 'Små kommuner', name_pl = 'Małe samorządy'
    where name = 'Small local governments';
update competition_category set name_nb = 'Store kommuner', name_pl = 'Duże samorządy'
    where name = 'Large local governments';
