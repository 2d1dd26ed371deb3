// The contacts up to 20 levels below some contacts today, each with its referrer, for scoring their
// households exactly: the plan keeps the levels its weights count.
UNWIND $ids AS id
MATCH (:Contact {id: id})(()<-[:REFERRED_BY]-(:Contact)){0,19}(p:Contact)<-[:REFERRED_BY]-(x:Contact)
RETURN DISTINCT x.id AS id, p.id AS parentId
