-- A municipality's place on the map: the latitude and longitude of its centre (WGS 84, decimal degrees), both or
-- neither. Municipalities registered before have none until an admin gives them in the municipality dialog.
alter table municipality add column latitude double precision;
alter table municipality add column longitude double precision;
alter table municipality add constraint ck_municipality_latitude
    check (latitude is null or (latitude >= -90 and latitude <= 90));
alter table municipality add constraint ck_municipality_longitude
    check (longitude is null or (longitude >= -180 and longitude <= 180));
alter table municipality add constraint ck_municipality_coordinates
    check ((latitude is null and longitude is null) or (latitude is not null and longitude is not null));
