// SPDX-License-Identifier: GPL-2.0
/*
 * nfh_core - the one piece every nfhelpers helper shares: a directory
 * /proc/net/nfhelpers in each network namespace, where each helper module
 * publishes its counters, and the code that prints them.
 */
#define pr_fmt(fmt) KBUILD_MODNAME ": " fmt

#include <linux/module.h>
#include <linux/proc_fs.h>
#include <net/netns/generic.h>
#include "nfh_core.h"

struct nfh_core_net {
	struct proc_dir_entry *dir;
};

static unsigned int nfh_core_net_id __read_mostly;

struct proc_dir_entry *nfh_proc_dir(struct net *net)
{
	struct nfh_core_net *cn = net_generic(net, nfh_core_net_id);

	return cn->dir;
}
EXPORT_SYMBOL_GPL(nfh_proc_dir);

void nfh_stats_show(struct seq_file *seq, const char *const *names,
		    const atomic64_t *ctrs, unsigned int n)
{
	unsigned int i;

	for (i = 0; i < n; i++)
		seq_printf(seq, "%s %lld\n", names[i],
			   (long long)atomic64_read(&ctrs[i]));
}
EXPORT_SYMBOL_GPL(nfh_stats_show);

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
