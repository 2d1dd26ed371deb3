import { graphql } from '../../gql';
import type { TreePageQuery } from '../../gql/graphql';
import type { Kind, NodeData } from '../../lib/treeModel';

export const PartyFields = graphql(`
  fragment PartyFields on ReferralParty {
    __typename
    ... on Contact { id displayName }
    ... on Agent { id name kind }
    ... on MediaOutlet { id name }
  }
`);

export const Subtree = graphql(`
  fragment Subtree on SubtreeSummary { direct descendants businessValue }
`);

export const TreePage = graphql(`
  query TreePage($rootId: ID!, $first: Int!, $after: String, $asOf: Date) {
    referralTree(rootId: $rootId, maxDepth: 1, first: $first, after: $after, asOf: $asOf) {
      root { ...PartyFields }
      edges {
        node {
          depth parentId referredOn
          contact { id displayName }
          subtree { direct descendants businessValue }
        }
      }
      pageInfo { hasNextPage endCursor }
    }
  }
`);

export const TreeStats = graphql(`
  query TreeStats($id: ID!, $asOf: Date) {
    referralStats(id: $id, asOf: $asOf) { directCount totalDescendants maxDepth businessValue perLevel { depth count } }
  }
`);

export const Ancestry = graphql(`
  query Ancestry($id: ID!) {
    contact(id: $id) {
      id displayName
      ancestry { ...PartyFields }
    }
  }
`);

export const FindInTree = graphql(`
  query FindInTree($search: String!) {
    contacts(filter: { search: $search }, first: 25) {
      edges {
        node {
          id displayName
          subtree { ...Subtree }
          ancestry { ...PartyFields ... on Contact { subtree { ...Subtree } } }
        }
      }
    }
  }
`);

type Root = TreePageQuery['referralTree']['root'];
export type Party = { __typename?: 'Contact'; id: string; displayName: string } | { __typename?: 'Agent' | 'MediaOutlet'; id: string; name: string };

export function partyName(p: Party): string {
  return 'displayName' in p ? p.displayName : p.name;
}

export function kindOf(p: { __typename?: string; kind?: string }): Kind {
  return p.__typename === 'MediaOutlet' ? 'outlet' : p.__typename === 'Agent' ? 'partner' : 'contact';
}

export function rootNode(root: Root, stats: { directCount: number; totalDescendants: number; businessValue: string } | undefined): NodeData {
  return {
    id: root.id,
    name: partyName(root as Party),
    kind: kindOf(root),
    depth: 0,
    parentId: null,
    referredOn: null,
    direct: stats?.directCount ?? null,
    descendants: stats?.totalDescendants ?? null,
    businessValue: stats?.businessValue ?? null,
  };
}

export function pageNodes(page: TreePageQuery, depthOfParent: number): NodeData[] {
  return page.referralTree.edges.map(({ node }) => ({
    id: node.contact.id,
    name: node.contact.displayName,
    kind: 'contact',
    depth: depthOfParent + node.depth,
    parentId: node.parentId,
    referredOn: node.referredOn,
    direct: node.subtree?.direct ?? null,
    descendants: node.subtree?.descendants ?? null,
    businessValue: node.subtree?.businessValue ?? null,
  }));
}
