// SPDX-License-Identifier: GPL-2.0
/*
 * nfh_stats (in nfh_core.ko) - what every nfhelpers helper shares: a directory
 * /proc/net/nfhelpers in each network namespace, where each helper module
 * publishes its counters, and the code that keeps and prints them.
 */
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/slab.h>
#include <net/netns/generic.h>
#include "nfh_core.h"

struct nfh_core_net {
	struct proc_dir_entry *dir;
};

static unsigned int nfh_core_net_id __read_mostly;

/* The /proc/net/nfhelpers directory of @net (NULL if it could not be made). */
static struct proc_dir_entry *nfh_proc_dir(struct net *net)
{
	struct nfh_core_net *cn = net_generic(net, nfh_core_net_id);

	return cn->dir;
}

static int nfh_stats_show(struct seq_file *seq, void *v)
{
	const struct nfh_stats *st = pde_data(file_inode(seq->file));
	const struct nfh_stats_net *sn = net_generic(seq_file_single_net(seq),
						     st->net_id);
	unsigned int i;

	for (i = 0; i < st->n; i++)
		seq_printf(seq, "%s %lld\n", st->names[i],
			   (long long)atomic64_read(&sn->ctr[i]));
	return 0;
}

int nfh_stats_net_init(struct nfh_stats *st, struct net *net)
{
	struct nfh_stats_net *sn = net_generic(net, st->net_id);
	struct proc_dir_entry *dir = nfh_proc_dir(net);

	sn->src = kvcalloc(NFH_SRC_BUCKETS, sizeof(*sn->src), GFP_KERNEL);
	if (!sn->src)
		return -ENOMEM;
	if (!dir || !proc_create_net_single(st->file, 0444, dir,
					    nfh_stats_show, st)) {
		kvfree(sn->src);
		return -ENOMEM;
	}
	return 0;
}
EXPORT_SYMBOL_GPL(nfh_stats_net_init);

void nfh_stats_net_exit(struct nfh_stats *st, struct net *net)
{
	struct nfh_stats_net *sn = net_generic(net, st->net_id);
	struct proc_dir_entry *dir = nfh_proc_dir(net);

	atomic_t *src = sn->src;

	if (dir)
		remove_proc_entry(st->file, dir);
	/*
	 * The namespace's connections outlive this (conntrack's own exit
	 * comes later): their destroy callbacks find no counts.
	 */
	WRITE_ONCE(sn->src, NULL);
	kvfree(src);
}
EXPORT_SYMBOL_GPL(nfh_stats_net_exit);

static int __net_init nfh_core_net_init(struct net *net)
{
	struct nfh_core_net *cn = net_generic(net, nfh_core_net_id);

	cn->dir = proc_net_mkdir(net, "nfhelpers", net->proc_net);
	return cn->dir ? 0 : -ENOMEM;
}

static void __net_exit nfh_core_net_exit(struct net *net)
{
	remove_proc_subtree("nfhelpers", net->proc_net);
}

static struct pernet_operations nfh_core_net_ops = {
	.init = nfh_core_net_init,
	.exit = nfh_core_net_exit,
	.id = &nfh_core_net_id,
	.size = sizeof(struct nfh_core_net),
};

static int __init nfh_core_init(void)
{
	return register_pernet_subsys(&nfh_core_net_ops);
}

static void __exit nfh_core_exit(void)
{
	unregister_pernet_subsys(&nfh_core_net_ops);
}

module_init(nfh_core_init);
module_exit(nfh_core_exit);
MODULE_LICENSE("GPL");
MODULE_DESCRIPTION("nfhelpers: per-namespace counters shared by the helpers");
MODULE_VERSION(NFH_VERSION);
