using static Clout.Core.Comments.CueWeights;

namespace Clout.Core.Comments;

/// <summary>
/// Wanting or having just bought the product: where/how to buy, price, code, link, size and shipping questions,
/// "just ordered", "adding to cart". Negated phrases ("would never buy this") do not count, nor do phrases inside a
/// skeptical cue ("would you buy it if…").
/// </summary>
internal static class PurchaseIntentCues
{
    public static readonly CuePhrases Phrases = new(
    [
        // Where and how to buy.
        ("where can i buy", Strong), ("where can i get", Strong), ("where can i find", Strong), ("where can i order", Strong),
        ("where do i buy", Strong), ("where do i get", Strong), ("where to buy", Strong), ("where did you get", Strong),
        ("where did u get", Strong), ("whered you get", Strong), ("where is it from", Strong), ("where is this from", Strong),
        ("wheres it from", Strong), ("wheres this from", Strong), ("wheres the", Medium), ("is * from", Weak),
        ("which store", Strong), ("what brand", Strong), ("whats the name of the", Medium), ("sells this", Strong),
        // Links and codes.
        ("link please", Strong), ("link pls", Strong), ("link plz", Strong), ("link ?", Strong), ("the link", Strong),
        ("a link", Strong), ("link for", Strong), ("link to", Strong), ("need the link", Strong),
        ("code ?", Strong), ("the code", Strong), ("your code", Strong), ("discount code", Strong), ("promo code", Strong),
        ("coupon", Strong), ("discount", Medium), ("code still", Strong), ("code work", Strong),
        // Price.
        ("price", Strong), ("how much", Strong), ("cost", Medium), ("pricing", Strong),
        // Product details asked before buying.
        ("what size", Strong), ("which size", Strong), ("what shade", Strong), ("which shade", Strong),
        ("come in", Medium), ("available in", Strong), ("is it available", Strong), ("in stock", Strong),
        ("restock", Strong), ("ship to", Strong), ("ship internationally", Strong), ("shipping to", Strong),
        ("do you ship", Strong), ("do they ship", Strong), ("sold out already", Strong),
        // Wanting it.
        ("take my money", Strong), ("i need this", Strong), ("i need one", Strong), ("need this", Medium),
        ("need one", Medium), ("i want this", Strong), ("i want one", Strong), ("i want those", Strong),
        ("want this so bad", Strong), ("have to get this", Strong), ("thinking of buying", Strong),
        ("want to buy", Strong), ("wanna buy", Strong), ("gonna buy", Strong), ("going to buy", Strong),
        ("gonna order", Strong), ("going to order", Strong), ("gonna get", Medium), ("will buy", Strong),
        ("im buying", Strong), ("buying this", Strong), ("buying it", Strong), ("buy it for", Strong),
        // Bought it.
        ("just ordered", Strong), ("just bought", Strong), ("just purchased", Strong), ("just placed my order", Strong),
        ("placed my order", Strong), ("ordered it", Strong), ("ordered mine", Strong), ("ordered one", Strong),
        ("i ordered", Strong), ("my order", Strong), ("bought it because", Strong), ("bought it after", Strong),
        ("got mine", Medium), ("copped", Strong), ("preorder", Strong), ("pre order", Strong),
        ("used your code", Strong), ("arrived today", Medium),
        ("cart", Strong), ("add to cart", Strong), ("added to cart", Strong), ("adding to cart", Strong),
        // Families and single words of buying, beyond any fixed phrase.
        ("buy", Strong), ("buying", Strong), ("bought", Strong), ("ordered", Strong), ("ordering", Strong), ("order", Medium),
        ("purchas*", Strong), ("checkout", Strong), ("link*", Strong), ("prices", Strong), ("priced", Strong), ("pricey", Medium),
        ("costs", Medium), ("where * * from", Strong), ("where * * * from", Strong), ("website", Medium), ("which website", Strong),
        ("store", Medium), ("size*", Medium), ("shade*", Medium), ("ship*", Medium), ("stock", Medium), ("restock*", Strong),
        ("package", Medium), ("arrived", Medium), ("delivered", Medium), ("want this", Strong), ("want one", Strong),
        ("want it", Strong), ("want those", Strong), ("want these", Strong), ("want that", Strong), ("need it", Strong),
        ("need these", Strong), ("need those", Strong), ("get my hands on", Strong), ("getting it", Medium), ("get one", Medium),
        ("thinking about getting", Strong), ("thinking of getting", Strong), ("code", Medium),
    ],
    negatable: true);
}
