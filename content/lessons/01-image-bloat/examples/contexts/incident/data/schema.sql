create table users (id bigint primary key, name text not null);
create table avatars (user_id bigint references users (id), url text not null);
