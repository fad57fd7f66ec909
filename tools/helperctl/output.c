// SPDX-License-Identifier: GPL-2.0
/*
 * output.c - one set of print calls for every listing, three renderings:
 *
 *   text  a table with a '#' column, as RouterOS prints; fields of nested
 *         objects (print detail) as "object: key=value" lines under the row
 *   tsv   one tab-separated line per row, no header (for scripts; the
 *         default when stdout is not a terminal); nested fields as
 *         "FIRST<TAB>object.key<TAB>value" lines after the row
 *   json  an array of objects, nested objects as JSON objects
 *
 * A list is buffered until out_list_end(): the table needs its widths.
 */
#include <stdlib.h>
#include <string.h>

#include "helperctl.h"

enum out_mode out_mode = OUT_TEXT;
FILE *out_file;

struct cell {
	char *key, *text, *json, *obj;
	int flags;
};

struct row {
	struct cell *c;
	unsigned int n;
};

static struct row *rows;
static unsigned int nrows;
static char *cur_obj;

static FILE *of(void)
{
	return out_file ? out_file : stdout;
}

void out_list_begin(void)
{
	rows = NULL;
	nrows = 0;
}

void out_row_begin(void)
{
	rows = xrealloc(rows, (nrows + 1) * sizeof(*rows));
	rows[nrows].c = NULL;
	rows[nrows].n = 0;
	nrows++;
}

void out_row_end(void)
{
	out_obj_end();
}

void out_obj_begin(const char *key)
{
	free(cur_obj);
	cur_obj = xstrdup(key);
}

void out_obj_end(void)
{
	free(cur_obj);
	cur_obj = NULL;
}

void out_raw(const char *key, const char *text, const char *json, int flags)
{
	struct row *r = &rows[nrows - 1];
	struct cell *c;

	r->c = xrealloc(r->c, (r->n + 1) * sizeof(*r->c));
	c = &r->c[r->n++];
	c->key = xstrdup(key);
	c->text = xstrdup(text);
	c->json = xstrdup(json);
	c->obj = cur_obj ? xstrdup(cur_obj) : NULL;
	c->flags = flags;
}

void out_str(const char *key, const char *val, int flags)
{
	struct sb j;

	sb_init(&j);
	sb_json_str(&j, val);
	out_raw(key, val, j.s, flags);
	sb_free(&j);
}

void out_uint(const char *key, unsigned long long v, int flags)
{
	char buf[32];

	snprintf(buf, sizeof(buf), "%llu", v);
	out_raw(key, buf, buf, flags);
}

void out_bool(const char *key, bool v, int flags)
{
	out_raw(key, v ? "yes" : "no", v ? "true" : "false", flags);
}

void out_null(const char *key, int flags)
{
	out_raw(key, "-", "null", flags);
}

void out_ports(const char *key, const struct portlist *pl, int flags)
{
	char text[64];
	struct sb j;
	unsigned int i;

	ports_format(pl, text, sizeof(text));
	sb_init(&j);
	sb_printf(&j, "[");
	for (i = 0; i < pl->n; i++)
		sb_printf(&j, "%s%u", i ? "," : "", pl->port[i]);
	sb_printf(&j, "]");
	out_raw(key, text, j.s, flags);
	sb_free(&j);
}

static bool top(const struct cell *c)
{
	return !c->obj;
}

static void emit_json(FILE *f)
{
	unsigned int i, k;

	fputc('[', f);
	for (i = 0; i < nrows; i++) {
		const char *obj = NULL;
		bool first = true, ofirst = true;

		fputs(i ? ",{" : "{", f);
		for (k = 0; k < rows[i].n; k++) {
			const struct cell *c = &rows[i].c[k];
			struct sb key;

			if (c->flags & OUT_NOJSON)
				continue;
			if (obj && (!c->obj || strcmp(obj, c->obj))) {
				fputc('}', f);
				obj = NULL;
			}
			sb_init(&key);
			if (c->obj && !obj) {
				sb_json_str(&key, c->obj);
				fprintf(f, "%s%s:{", first ? "" : ",", key.s);
				first = false;
				obj = c->obj;
				ofirst = true;
				key.len = 0;
			}
			sb_json_str(&key, c->key);
			if (obj) {
				fprintf(f, "%s%s:%s", ofirst ? "" : ",", key.s, c->json);
				ofirst = false;
			} else {
				fprintf(f, "%s%s:%s", first ? "" : ",", key.s, c->json);
				first = false;
			}
			sb_free(&key);
		}
		if (obj)
			fputc('}', f);
		fputc('}', f);
	}
	fputs("]\n", f);
}

static void emit_tsv(FILE *f)
{
	unsigned int i, k;

	for (i = 0; i < nrows; i++) {
		const char *first = NULL;
		bool sep = false;

		for (k = 0; k < rows[i].n; k++) {
			const struct cell *c = &rows[i].c[k];

			if (!top(c) || (c->flags & OUT_NOTEXT))
				continue;
			if (!first)
				first = c->text;
			fprintf(f, "%s%s", sep ? "\t" : "", c->text);
			sep = true;
		}
		fputc('\n', f);
		for (k = 0; k < rows[i].n; k++) {
			const struct cell *c = &rows[i].c[k];

			if (top(c) || (c->flags & OUT_NOTEXT))
				continue;
			fprintf(f, "%s\t%s.%s\t%s\n", first ? first : "", c->obj, c->key, c->text);
		}
	}
}

static void header_name(const char *key, char *buf, size_t len)
{
	size_t i;

	for (i = 0; key[i] && i + 1 < len; i++)
		buf[i] = key[i] == '_' ? '-' :
			 (key[i] >= 'a' && key[i] <= 'z') ? key[i] - 32 : key[i];
	buf[i] = '\0';
}

static void emit_text(FILE *f)
{
	unsigned int i, k, ncol = 0, iw = 1, *w;
	char hdr[64];

	if (!nrows)
		return;
	for (i = nrows - 1; i >= 10; i /= 10)
		iw++;
	/* columns: the first row's top-level text fields */
	w = xmalloc(rows[0].n * sizeof(*w));
	for (k = 0; k < rows[0].n; k++) {
		const struct cell *c = &rows[0].c[k];

		if (top(c) && !(c->flags & OUT_NOTEXT)) {
			header_name(c->key, hdr, sizeof(hdr));
			w[ncol++] = strlen(hdr);
		}
	}
	for (i = 0; i < nrows; i++) {
		unsigned int col = 0;

		for (k = 0; k < rows[i].n && col < ncol; k++) {
			const struct cell *c = &rows[i].c[k];

			if (!top(c) || (c->flags & OUT_NOTEXT))
				continue;
			if (strlen(c->text) > w[col])
				w[col] = strlen(c->text);
			col++;
		}
	}
	fprintf(f, "%*s", iw + 1, "#");
	for (k = 0, i = 0; k < rows[0].n; k++) {
		const struct cell *c = &rows[0].c[k];

		if (!top(c) || (c->flags & OUT_NOTEXT))
			continue;
		header_name(c->key, hdr, sizeof(hdr));
		if (i == ncol - 1)
			fprintf(f, "  %s", hdr);
		else
			fprintf(f, "  %-*s", (int)w[i], hdr);
		i++;
	}
	fputc('\n', f);
	for (i = 0; i < nrows; i++) {
		unsigned int col = 0;
		const char *obj = NULL;

		fprintf(f, "%*u", iw + 1, i);
		for (k = 0; k < rows[i].n && col < ncol; k++) {
			const struct cell *c = &rows[i].c[k];

			if (!top(c) || (c->flags & OUT_NOTEXT))
				continue;
			if (col == ncol - 1)
				fprintf(f, "  %s", c->text);
			else
				fprintf(f, "  %-*s", (int)w[col], c->text);
			col++;
		}
		fputc('\n', f);
		for (k = 0; k < rows[i].n; k++) {
			const struct cell *c = &rows[i].c[k];

			if (top(c) || (c->flags & OUT_NOTEXT))
				continue;
			if (!obj || strcmp(obj, c->obj)) {
				if (obj)
					fputc('\n', f);
				fprintf(f, "%*s%s:", iw + 3, "", c->obj);
				obj = c->obj;
			}
			fprintf(f, " %s=%s", c->key, c->text);
		}
		if (obj)
			fputc('\n', f);
	}
	free(w);
}

void out_list_end(void)
{
	FILE *f = of();
	unsigned int i, k;

	switch (out_mode) {
	case OUT_JSON:
		emit_json(f);
		break;
	case OUT_TSV:
		emit_tsv(f);
		break;
	case OUT_TEXT:
		emit_text(f);
		break;
	}
	fflush(f);
	for (i = 0; i < nrows; i++) {
		for (k = 0; k < rows[i].n; k++) {
			free(rows[i].c[k].key);
			free(rows[i].c[k].text);
			free(rows[i].c[k].json);
			free(rows[i].c[k].obj);
		}
		free(rows[i].c);
	}
	free(rows);
	rows = NULL;
	nrows = 0;
}
